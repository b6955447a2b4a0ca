import { describe, expectTypeOf, it } from "vitest";
import type { NeedArea } from "../indicators/indicator-ids.js";
import type { Result } from "../result/result.js";
import { parseRecord } from "./record-fields.js";
import { type YouthServiceFileColumn, YouthServiceRecord } from "./youth-service-file.js";

describe("YouthServiceRecord types", () => {
  it("parseRecord takes unknown and gives a Result of the row type", () => {
    expectTypeOf(parseRecord<YouthServiceRecord>)
      .parameter(1)
      .toEqualTypeOf<unknown>();
    expectTypeOf(parseRecord(YouthServiceRecord, {})).toEqualTypeOf<Result<YouthServiceRecord>>();
  });

  it("has typed needs, a boolean poverty flag and optional documents", () => {
    expectTypeOf<YouthServiceRecord["needs"]>().toEqualTypeOf<NeedArea[]>();
    expectTypeOf<YouthServiceRecord["registeredPoor"]>().toEqualTypeOf<boolean>();
    expectTypeOf<YouthServiceRecord["disabilityCertificate"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<YouthServiceRecord["village"]>().toEqualTypeOf<string | undefined>();
  });

  it("a file column names a field of the row", () => {
    expectTypeOf<YouthServiceFileColumn["key"]>().toEqualTypeOf<keyof YouthServiceRecord>();
  });
});
