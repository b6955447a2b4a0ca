import { isLeapYear, toCalendarDate } from "../identity/calendar-date.js";

/** Options of {@link ageInFullYears}. */
export interface AgeOptions {
  /**
   * **DECISION** (the notice counts 周岁 but does not say when someone born on 29 February
   * gains a year in a common year): `"march-1"` (default) — the birthday falls on 1 March, the
   * day after 28 February; `"february-28"` — it falls on 28 February.
   */
  readonly leapDayBirthday?: "march-1" | "february-28";
}

/**
 * The defaults of {@link AgeOptions}.
 *
 * @example
 * ageDefaults.leapDayBirthday //=> "march-1"
 */
export const ageDefaults: Required<AgeOptions> = { leapDayBirthday: "march-1" };

/**
 * Age in full years (周岁) on a reference day, as "6至35周岁" (§三(一)) counts it: a year is
 * gained on the birthday itself. Dates are `YYYY-MM-DD` strings or `Date`s, a `Date` being read
 * as its Asia/Shanghai calendar day whatever the host's time zone.
 *
 * Never throws: `NaN` when either date is not a real day (`"2001-02-29"`, `"2001-2-3"`, an
 * invalid `Date`). An `asOf` before the birth gives a negative number (−1 in the year before the
 * birth date, and so on), so the function stays monotonic in `asOf`.
 *
 * @example
 * ageInFullYears("2010-08-01", "2016-07-31") //=> 5
 * ageInFullYears("2010-08-01", "2016-08-01") //=> 6
 * ageInFullYears("2000-02-29", "2018-02-28") //=> 17
 * ageInFullYears("2000-02-29", "2018-02-28", { leapDayBirthday: "february-28" }) //=> 18
 */
export function ageInFullYears(
  birthDate: string | Date,
  asOf: string | Date,
  options: AgeOptions = {},
): number {
  const birth = toCalendarDate(birthDate);
  const day = toCalendarDate(asOf);
  if (birth === undefined || day === undefined) return Number.NaN;
  const asOfYear = Number(day.slice(0, 4));
  let birthday = birth.slice(5);
  if (birthday === "02-29" && !isLeapYear(asOfYear)) {
    const rule = options.leapDayBirthday ?? ageDefaults.leapDayBirthday;
    birthday = rule === "february-28" ? "02-28" : "03-01";
  }
  const years = asOfYear - Number(birth.slice(0, 4));
  return day.slice(5) < birthday ? years - 1 : years;
}
