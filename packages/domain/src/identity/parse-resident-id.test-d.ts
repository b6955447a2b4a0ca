import { describe, expectTypeOf, it } from "vitest";
import type { Result } from "../result/result.js";
import type { DisabilityCategoryCode, DisabilityCategoryKey } from "./disability-categories.js";
import type { DisabilityLevel } from "./disability-levels.js";
import {
  type DisabilityCertificate,
  type DisabilityCertificateProblemCode,
  parseDisabilityCertificate,
} from "./parse-disability-certificate.js";
import {
  type ParseResidentIdOptions,
  parseResidentId,
  type ResidentId,
  type ResidentIdProblemCode,
} from "./parse-resident-id.js";

describe("identity types", () => {
  it("parseResidentId returns a Result of ResidentId with its own problem codes", () => {
    expectTypeOf(parseResidentId).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseResidentId("")).toEqualTypeOf<Result<ResidentId, ResidentIdProblemCode>>();
    expectTypeOf<ResidentId["sex"]>().toEqualTypeOf<"male" | "female">();
    expectTypeOf<ResidentId["legacy"]>().toEqualTypeOf<boolean>();
    expectTypeOf<ParseResidentIdOptions["asOf"]>().toEqualTypeOf<Date | string | undefined>();
  });

  it("a DisabilityCertificate carries narrow category and level types", () => {
    expectTypeOf(parseDisabilityCertificate("")).toEqualTypeOf<
      Result<DisabilityCertificate, DisabilityCertificateProblemCode>
    >();
    expectTypeOf<DisabilityCertificate["category"]>().toEqualTypeOf<DisabilityCategoryCode>();
    expectTypeOf<DisabilityCertificate["categoryKey"]>().toEqualTypeOf<DisabilityCategoryKey>();
    expectTypeOf<DisabilityCertificate["level"]>().toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf<DisabilityLevel>().toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf<"resident-id-bad-check-character">().toExtend<DisabilityCertificateProblemCode>();
  });
});
