import { describe, expectTypeOf, it } from "vitest";
import type { PairingConfidence } from "../geography/city-pairings.js";
import type { Result } from "../result/result.js";
import type { CityPairingRecord } from "./city-pairing-record.js";
import { CityPairingRecord as schema } from "./city-pairing-record.js";
import { parseRecord } from "./record-fields.js";

describe("CityPairingRecord types", () => {
  it("parseRecord gives a Result of the record type", () => {
    expectTypeOf(parseRecord(schema, {})).toEqualTypeOf<Result<CityPairingRecord>>();
  });

  it("a pairing record's confidence is the geography's PairingConfidence", () => {
    expectTypeOf<CityPairingRecord["confidence"]>().toEqualTypeOf<PairingConfidence>();
    expectTypeOf<CityPairingRecord["counties"]>().toEqualTypeOf<string[] | undefined>();
  });
});
