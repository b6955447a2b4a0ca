import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCheckCharacter } from "../identity/check-character.js";
import type { ProgrammeArea } from "../programme/programme-area.js";
import {
  type CheckEligibilityOptions,
  checkEligibility,
  type EligibilityCandidate,
  eligibilityDefaults,
} from "./check-eligibility.js";

// Synthetic people only: made-up sequence numbers, check characters computed. The area is an
// illustrative sample, not the programme office's list.
const syntheticId = (first17: string) => first17 + computeCheckCharacter(first17);
const idBornOn = (birth: string, region = "441481") =>
  syntheticId(`${region}${birth.replaceAll("-", "")}001`);

const area: ProgrammeArea = { counties: ["441481", "441882"] };
const asOf = "2016-08-01";
const youth = idBornOn("2005-03-01"); // 11 on 2016-08-01
const eligibleYouth: EligibilityCandidate = {
  residentId: youth,
  countyCode: "441481",
  disabilityCertificate: `${youth}41`,
  registeredPoor: true,
};

const check = (changes: Record<string, unknown>, options: Partial<CheckEligibilityOptions> = {}) =>
  checkEligibility({ ...eligibleYouth, ...changes }, { asOf, area, ...options });
const codesOf = (
  changes: Record<string, unknown>,
  options: Partial<CheckEligibilityOptions> = {},
) => check(changes, options).reasons.map((r) => r.code);

describe("checkEligibility", () => {
  it("finds a poor disabled youth of 11 in a poverty county eligible", () => {
    expect(check({})).toEqual({ eligible: true, age: 11, reasons: [] });
  });

  it.each([
    [{ registeredPoor: false }, ["not-registered-poor"]],
    [{ registeredPoor: "true" }, ["not-registered-poor"]],
    [{ registeredPoor: undefined }, ["not-registered-poor"]],
    [{ countyCode: "440104" }, ["outside-programme-area"]],
    [{ countyCode: " 441882 " }, []],
    [{ countyCode: undefined }, ["county-code-missing"]],
    [{ countyCode: 441481 }, ["county-code-missing"]],
    [{ disabilityCertificate: undefined }, ["no-disability-certificate"]],
    [{ disabilityCertificate: null }, ["no-disability-certificate"]],
    [{ disabilityCertificate: "  " }, ["no-disability-certificate"]],
    [{ disabilityCertificate: `${youth}81` }, ["no-disability-certificate"]],
    [{ disabilityCertificate: youth }, ["no-disability-certificate"]],
    [{ disabilityCertificate: `${idBornOn("2006-03-01")}41` }, ["certificate-id-mismatch"]],
    [{ residentId: "441481200503010010" }, ["invalid-resident-id"]],
    // A number, as a spreadsheet gives an ID typed into a numeric cell: 18 digits lose the last
    // ones in a double, which is exactly why it must be refused.
    // biome-ignore lint/correctness/noPrecisionLoss: the lost precision is what this case tests
    [{ residentId: 441481200503010016 }, ["invalid-resident-id"]],
    [{ residentId: undefined }, []],
    [{ residentId: youth.toLowerCase() }, []],
    [
      { residentId: undefined, disabilityCertificate: undefined },
      ["no-disability-certificate", "birth-date-missing"],
    ],
    [
      { residentId: "4414812005", disabilityCertificate: undefined },
      ["invalid-resident-id", "no-disability-certificate", "birth-date-missing"],
    ],
  ])("with %j gives %j", (changes, expected) => {
    expect(codesOf(changes)).toEqual(expected);
  });

  it("converts a legacy 15-digit ID before comparing it with the certificate", () => {
    const born1990 = idBornOn("1990-03-01");
    const legacy = `${born1990.slice(0, 6)}${born1990.slice(8, 17)}`;
    expect(
      check({ residentId: legacy, disabilityCertificate: `${born1990}41` }, { maxAge: 40 }),
    ).toEqual({ eligible: true, age: 26, reasons: [] });
  });

  it.each([
    ["2010-08-01", "2016-07-31", 5, ["age-below-min"]],
    ["2010-08-01", "2016-08-01", 6, []],
    ["1980-08-01", "2016-07-31", 35, []],
    ["1980-08-01", "2016-08-01", 36, ["age-above-max"]],
  ])("born %s, on %s: aged %i, reasons %j (6至35周岁)", (birth, day, age, expected) => {
    const id = idBornOn(birth);
    const result = check({ residentId: id, disabilityCertificate: `${id}21` }, { asOf: day });
    expect(result.age).toBe(age);
    expect(result.reasons.map((r) => r.code)).toEqual(expected);
  });

  it.each([
    [undefined, 5, ["age-below-min"]],
    ["march-1", 5, ["age-below-min"]],
    ["february-28", 6, []],
  ] as const)("born 2000-02-29, on 2006-02-28 under %s: aged %i", (rule, age, expected) => {
    const id = idBornOn("2000-02-29");
    const result = check(
      { residentId: id, disabilityCertificate: `${id}11` },
      { asOf: "2006-02-28", ...(rule ? { leapDayBirthday: rule } : {}) },
    );
    expect(result.age).toBe(age);
    expect(result.reasons.map((r) => r.code)).toEqual(expected);
  });

  it("applies minAge and maxAge options, both included", () => {
    expect(check({}, { minAge: 12 }).reasons.map((r) => r.code)).toEqual(["age-below-min"]);
    expect(check({}, { minAge: 11, maxAge: 11 }).eligible).toBe(true);
    expect(check({}, { maxAge: 10 }).reasons.map((r) => r.code)).toEqual(["age-above-max"]);
    expect(eligibilityDefaults).toEqual({ minAge: 6, maxAge: 35, leapDayBirthday: "march-1" });
  });

  it("takes the birth date from the certificate's ID, then from birthDate, when there is no ID", () => {
    expect(check({ residentId: undefined, birthDate: "1970-01-01" }).age).toBe(11);
    const bare = { residentId: undefined, disabilityCertificate: undefined };
    expect(check({ ...bare, birthDate: "2010-08-01" }).age).toBe(6);
    expect(check({ ...bare, birthDate: new Date("2010-07-31T16:00:00Z") }).age).toBe(6);
    expect(check({ ...bare, birthDate: "2010-08-02" }).reasons.map((r) => r.code)).toEqual([
      "no-disability-certificate",
      "age-below-min",
    ]);
  });

  it.each(["2011-02-30", "2011-2-3", "2016-08-02", 20110203, new Date(Number.NaN)])(
    "rejects the birth date %j as birth-date-invalid, with no age",
    (birthDate) => {
      const result = check({ residentId: undefined, disabilityCertificate: undefined, birthDate });
      expect(result.age).toBeNull();
      expect(result.reasons.map((r) => r.code)).toEqual([
        "no-disability-certificate",
        "birth-date-invalid",
      ]);
    },
  );

  it("reads a Date asOf as its Beijing calendar day: 00:00 on the 6th birthday counts", () => {
    const id = idBornOn("2010-08-01");
    const candidate = { residentId: id, disabilityCertificate: `${id}21` };
    expect(check(candidate, { asOf: new Date("2016-07-31T16:00:00Z") }).age).toBe(6);
    expect(check(candidate, { asOf: new Date("2016-07-31T15:59:59Z") }).age).toBe(5);
  });

  it.each([
    [{ villages: ["441481100001"] }, { villageCode: "441481100001" }, []],
    [{ villages: ["441481100001"] }, { villageCode: "441481100002" }, ["outside-programme-area"]],
    [{ villages: ["441481100001"] }, {}, ["outside-programme-area"]],
    [{ villages: [] }, { villageCode: "441481100001" }, ["outside-programme-area"]],
    [{}, { villageCode: "441481100002" }, []],
  ])("with villages %j and %j gives %j", (villages, changes, expected) => {
    expect(codesOf(changes, { area: { ...area, ...villages } })).toEqual(expected);
  });

  it("lists every failed rule at once", () => {
    const result = checkEligibility(
      {
        residentId: idBornOn("1970-01-01", "440104").slice(0, 17).concat("Y"),
        birthDate: "1970-01-01",
        countyCode: "440104",
        villageCode: "440104000001",
        registeredPoor: false,
      },
      { asOf, area: { ...area, villages: ["441481100001"] } },
    );
    expect(result.eligible).toBe(false);
    expect(result.age).toBe(46);
    expect(result.reasons.map((r) => [r.code, r.path])).toEqual([
      ["invalid-resident-id", ["residentId"]],
      ["no-disability-certificate", ["disabilityCertificate"]],
      ["age-above-max", ["birthDate"]],
      ["outside-programme-area", ["countyCode"]],
      ["outside-programme-area", ["villageCode"]],
      ["not-registered-poor", ["registeredPoor"]],
    ]);
  });

  it.each([null, undefined, 42, "441481200503010016", [eligibleYouth], true])(
    "answers candidate-not-object for %j instead of throwing",
    (candidate) => {
      expect(checkEligibility(candidate, { asOf, area })).toEqual({
        eligible: false,
        age: null,
        reasons: [expect.objectContaining({ code: "candidate-not-object" })],
      });
    },
  );

  it("never quotes an ID number unmasked in its reasons", () => {
    const other = idBornOn("2006-03-01");
    const cases = [
      { residentId: `${youth.slice(0, 17)}Y` },
      { residentId: `${youth.slice(0, 17)}${youth[17] === "1" ? "2" : "1"}` },
      { disabilityCertificate: `${youth}99` },
      { disabilityCertificate: `${other}41` },
      { residentId: idBornOn("2017-01-01") },
    ];
    for (const changes of cases) {
      const text = JSON.stringify(check(changes).reasons);
      expect(text).not.toMatch(/\d{7}/);
    }
  });

  it("throws RangeError for options that would silently decide for everyone", () => {
    expect(() => check({}, { asOf: "2016-02-30" })).toThrow(RangeError);
    expect(() => check({}, { minAge: Number.NaN })).toThrow(RangeError);
  });

  it("never throws on any candidate, and is eligible exactly when no reason is given", () => {
    const fieldValue = fc.oneof(
      fc.anything(),
      fc.constantFrom(youth, `${youth}41`, "441481", true, "2010-08-01"),
    );
    const candidate = fc.oneof(
      fc.anything(),
      fc.record(
        {
          residentId: fieldValue,
          birthDate: fieldValue,
          countyCode: fieldValue,
          villageCode: fieldValue,
          disabilityCertificate: fieldValue,
          registeredPoor: fieldValue,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(candidate, (c) => {
        const result = checkEligibility(c, { asOf, area });
        expect(result.eligible).toBe(result.reasons.length === 0);
      }),
    );
  });
});
