import { describe, expectTypeOf, it } from "vitest";
import type { Result } from "../result/result.js";
import { parseRecord } from "./record-fields.js";
import type { VStationRecord, VStationService } from "./v-station.js";
import { VStationRecord as schema } from "./v-station.js";

describe("VStationRecord types", () => {
  it("parseRecord gives a Result of the record type", () => {
    expectTypeOf(parseRecord(schema, {})).toEqualTypeOf<Result<VStationRecord>>();
  });

  it("station records carry typed services", () => {
    expectTypeOf<VStationRecord["services"]>().toEqualTypeOf<VStationService[]>();
    expectTypeOf<VStationRecord["youthsServed"]>().toEqualTypeOf<number>();
  });
});
