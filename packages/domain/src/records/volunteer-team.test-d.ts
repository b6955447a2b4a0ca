import { describe, expectTypeOf, it } from "vitest";
import type { Result } from "../result/result.js";
import { parseRecord } from "./record-fields.js";
import type { VolunteerTeamRecord } from "./volunteer-team.js";
import { VolunteerTeamRecord as schema } from "./volunteer-team.js";

describe("VolunteerTeamRecord types", () => {
  it("parseRecord gives a Result of the record type", () => {
    expectTypeOf(parseRecord(schema, {})).toEqualTypeOf<Result<VolunteerTeamRecord>>();
  });

  it("team records have an optional station id", () => {
    expectTypeOf<VolunteerTeamRecord["vStation"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<VolunteerTeamRecord["volunteers"]>().toEqualTypeOf<number>();
  });
});
