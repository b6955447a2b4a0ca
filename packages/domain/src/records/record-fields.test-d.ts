import { describe, expectTypeOf, it } from "vitest";
import type { Result } from "../result/result.js";
import { DivisionCode, parseRecord, RecordCount, type RecordId } from "./record-fields.js";

describe("record field types", () => {
  it("codes and ids are strings, counts numbers", () => {
    expectTypeOf<DivisionCode>().toEqualTypeOf<string>();
    expectTypeOf<RecordId>().toEqualTypeOf<string>();
    expectTypeOf<RecordCount>().toEqualTypeOf<number>();
  });

  it("parseRecord infers the Result from the schema", () => {
    expectTypeOf(parseRecord(RecordCount, 1)).toEqualTypeOf<Result<number>>();
    expectTypeOf(parseRecord(DivisionCode, "441481")).toEqualTypeOf<Result<string>>();
  });
});
