import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { DivisionCode, parseRecord, RecordCount, RecordId, VillageCode } from "./record-fields.js";

describe("record fields", () => {
  it.each([
    ["DivisionCode", DivisionCode, "441481", true],
    ["DivisionCode", DivisionCode, "44148", false],
    ["DivisionCode", DivisionCode, 441481, false],
    ["VillageCode", VillageCode, "441481100201", true],
    ["VillageCode", VillageCode, "4414811002", false],
    ["RecordId", RecordId, "MZ-ORG-001", true],
    ["RecordId", RecordId, "梅州-1", false],
    ["RecordId", RecordId, "", false],
    ["RecordCount", RecordCount, 0, true],
    ["RecordCount", RecordCount, 1.5, false],
    ["RecordCount", RecordCount, -1, false],
  ] as [string, z.ZodMiniType<unknown>, unknown, boolean][])(
    "%s accepts %j: %s",
    (_, schema, input, ok) => {
      expect(schema.safeParse(input).success).toBe(ok);
    },
  );

  it("parseRecord returns the parsed value", () => {
    expect(parseRecord(RecordCount, 3)).toEqual({ ok: true, value: 3 });
  });

  it("parseRecord returns schema problems with paths and both languages instead of throwing", () => {
    const result = parseRecord(RecordCount, "3");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe("schema-invalid-type");
    expect(result.errors[0]?.message["zh-CN"]).toMatch(/类型/);
  });
});
