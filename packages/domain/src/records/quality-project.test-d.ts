import { describe, expectTypeOf, it } from "vitest";
import type { NeedArea } from "../indicators/indicator-ids.js";
import type { Result } from "../result/result.js";
import type { QualityProjectRecord } from "./quality-project.js";
import { QualityProjectRecord as schema } from "./quality-project.js";
import { parseRecord } from "./record-fields.js";

describe("QualityProjectRecord types", () => {
  it("parseRecord gives a Result of the record type", () => {
    expectTypeOf(parseRecord(schema, {})).toEqualTypeOf<Result<QualityProjectRecord>>();
  });

  it("project records carry typed need areas", () => {
    expectTypeOf<QualityProjectRecord["needAreas"]>().toEqualTypeOf<NeedArea[]>();
    expectTypeOf<QualityProjectRecord["youthsServed"]>().toEqualTypeOf<number>();
  });
});
