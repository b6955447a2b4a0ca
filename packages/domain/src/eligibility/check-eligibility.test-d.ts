import { describe, expectTypeOf, it } from "vitest";
import type { ProgrammeArea } from "../programme/programme-area.js";
import { type AgeOptions, ageInFullYears } from "./age-in-full-years.js";
import {
  type CheckEligibilityOptions,
  checkEligibility,
  type EligibilityReasonCode,
  type EligibilityResult,
  eligibilityDefaults,
} from "./check-eligibility.js";

describe("eligibility types", () => {
  it("checkEligibility takes any candidate and needs asOf and area", () => {
    expectTypeOf(checkEligibility).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<{ asOf: string; area: ProgrammeArea }>().toExtend<CheckEligibilityOptions>();
    expectTypeOf<{ asOf: string }>().not.toExtend<CheckEligibilityOptions>();
    expectTypeOf<{ area: ProgrammeArea }>().not.toExtend<CheckEligibilityOptions>();
  });

  it("an EligibilityResult has a nullable age and reasons with stable codes", () => {
    expectTypeOf<EligibilityResult["age"]>().toEqualTypeOf<number | null>();
    expectTypeOf<
      EligibilityResult["reasons"][number]["code"]
    >().toEqualTypeOf<EligibilityReasonCode>();
    expectTypeOf<"age-above-max">().toExtend<EligibilityReasonCode>();
    expectTypeOf<"age-too-high">().not.toExtend<EligibilityReasonCode>();
  });

  it("the DECISION options take only the two documented rules", () => {
    expectTypeOf<AgeOptions["leapDayBirthday"]>().toEqualTypeOf<
      "march-1" | "february-28" | undefined
    >();
    expectTypeOf(eligibilityDefaults.minAge).toEqualTypeOf<number>();
    expectTypeOf(ageInFullYears).returns.toEqualTypeOf<number>();
  });
});
