import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AgeOptions, ageInFullYears } from "./age-in-full-years.js";

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), by UTC arithmetic: host-independent. */
const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const anyDay = fc.integer({ min: dayOf("1900-01-01"), max: dayOf("2100-12-31") });
const rules = ["march-1", "february-28"] as const;
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
/** The day a birthday falls on in a year, computed independently of the code under test. */
const birthdayIn = (born: string, year: number, rule: (typeof rules)[number]) => {
  const monthDay = born.slice(5);
  if (monthDay !== "02-29" || isLeap(year)) return `${year}${born.slice(4)}`;
  return rule === "march-1" ? `${year}-03-01` : `${year}-02-28`;
};
const leapDayBirth = fc.integer({ min: 0, max: 49 }).map((n) => dayOf(`${1904 + 4 * n}-02-29`));

describe("ageInFullYears", () => {
  it.each([
    // The 6th birthday: "6至35周岁" starts on it.
    ["2010-08-01", "2016-07-31", 5],
    ["2010-08-01", "2016-08-01", 6],
    // The 36th birthday: "至35周岁" ends the day before it.
    ["1980-08-01", "2016-07-31", 35],
    ["1980-08-01", "2016-08-01", 36],
    // Across a year end.
    ["2005-12-31", "2016-12-30", 10],
    ["2005-12-31", "2016-12-31", 11],
    ["2006-01-01", "2016-12-31", 10],
    ["2016-08-01", "2016-08-01", 0],
    // Before the birth: negative, so the function stays monotonic.
    ["2016-08-01", "2016-07-31", -1],
  ])("born %s, on %s is %i", (birth, asOf, age) => {
    expect(ageInFullYears(birth, asOf)).toBe(age);
  });

  it.each([
    // 29 February births in a common year: 1 March (default DECISION) or 28 February.
    ["march-1", "2017-02-28", 16],
    ["march-1", "2017-03-01", 17],
    ["february-28", "2017-02-27", 16],
    ["february-28", "2017-02-28", 17],
    // In a leap year both rules give the real birthday.
    ["march-1", "2016-02-28", 15],
    ["march-1", "2016-02-29", 16],
    ["february-28", "2016-02-28", 15],
    ["february-28", "2016-02-29", 16],
    // 2100 is a common year (divisible by 100, not by 400).
    ["march-1", "2100-02-28", 99],
    ["march-1", "2100-03-01", 100],
  ] as const)("born 2000-02-29, under %s, on %s is %i", (rule, asOf, age) => {
    expect(ageInFullYears("2000-02-29", asOf, { leapDayBirthday: rule })).toBe(age);
  });

  it("counts a 29 February birthday on 1 March by default (DECISION)", () => {
    expect(ageInFullYears("2000-02-29", "2017-02-28")).toBe(16);
    expect(ageInFullYears("2000-02-29", "2017-03-01")).toBe(17);
  });

  it("reads a Date as its Beijing calendar day, whatever the host's time zone", () => {
    // 16:00 UTC on 31 July is midnight of 1 August in Beijing: the 6th birthday.
    expect(ageInFullYears("2010-08-01", new Date("2016-07-31T16:00:00Z"))).toBe(6);
    expect(ageInFullYears("2010-08-01", new Date("2016-07-31T15:59:59.999Z"))).toBe(5);
    expect(ageInFullYears(new Date("2010-07-31T16:00:00Z"), "2016-08-01")).toBe(6);
  });

  it.each([
    ["2001-02-29", "2016-08-01"],
    ["2010-8-1", "2016-08-01"],
    ["2010-08-01", "2016-13-01"],
    ["", "2016-08-01"],
    ["2010-08-01", new Date(Number.NaN)],
  ])("is NaN, not an exception, for %j on %j", (birth, asOf) => {
    expect(ageInFullYears(birth, asOf)).toBeNaN();
  });

  it.each(rules)("is monotonic non-decreasing in asOf (%s)", (rule) => {
    const options: AgeOptions = { leapDayBirthday: rule };
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, (birth, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(ageInFullYears(isoDay(birth), isoDay(early), options)).toBeLessThanOrEqual(
          ageInFullYears(isoDay(birth), isoDay(late), options),
        );
      }),
    );
  });

  it.each(rules)("increases by exactly 1 on each birthday and on no other day (%s)", (rule) => {
    const options: AgeOptions = { leapDayBirthday: rule };
    fc.assert(
      fc.property(fc.oneof(anyDay, leapDayBirth), anyDay, (birth, day) => {
        const born = isoDay(birth);
        const next = isoDay(day + 1);
        const isBirthday = birthdayIn(born, Number(next.slice(0, 4)), rule) === next;
        const step =
          ageInFullYears(born, next, options) - ageInFullYears(born, isoDay(day), options);
        expect(step).toBe(isBirthday ? 1 : 0);
      }),
    );
  });

  it.each(rules)("is n on the nth birthday and n − 1 the day before it (%s)", (rule) => {
    const options: AgeOptions = { leapDayBirthday: rule };
    fc.assert(
      fc.property(fc.oneof(anyDay, leapDayBirth), fc.integer({ min: 1, max: 120 }), (birth, n) => {
        const born = isoDay(birth);
        const birthday = birthdayIn(born, Number(born.slice(0, 4)) + n, rule);
        expect(ageInFullYears(born, birthday, options)).toBe(n);
        expect(ageInFullYears(born, isoDay(dayOf(birthday) - 1), options)).toBe(n - 1);
      }),
    );
  });
});
