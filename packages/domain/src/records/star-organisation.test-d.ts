import { describe, expectTypeOf, it } from "vitest";
import type { Result } from "../result/result.js";
import { parseRecord } from "./record-fields.js";
import type { StarOrganisationRecord } from "./star-organisation.js";
import { StarOrganisationRecord as schema } from "./star-organisation.js";

describe("StarOrganisationRecord types", () => {
  it("parseRecord gives a Result of the record type", () => {
    expectTypeOf(parseRecord(schema, {})).toEqualTypeOf<Result<StarOrganisationRecord>>();
  });

  it("organisation records carry the pairing count as a number and the month as a string", () => {
    expectTypeOf<StarOrganisationRecord["pairedYouths"]>().toEqualTypeOf<number>();
    expectTypeOf<StarOrganisationRecord["supportedFrom"]>().toEqualTypeOf<string>();
    expectTypeOf<StarOrganisationRecord["helpingUnit"]>().toEqualTypeOf<string | undefined>();
  });
});
