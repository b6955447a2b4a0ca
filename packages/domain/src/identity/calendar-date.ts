import { shanghaiDate } from "../programme/phases.js";

/**
 * Whether a year of the Gregorian calendar has a 29 February.
 *
 * @example
 * isLeapYear(2000) //=> true
 * isLeapYear(1900) //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether year, month (1–12) and day name a day that exists: no 31 April, no 29 February in a
 * common year, no month 13.
 *
 * @example
 * isRealDate(2000, 2, 29) //=> true
 * isRealDate(1999, 2, 29) //=> false
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month - 1] ?? 0);
  return day <= last;
}

/**
 * Reads a calendar date as `YYYY-MM-DD`: a `Date` is read on the programme's clock
 * (Asia/Shanghai), never the host's; a string must already be a real `YYYY-MM-DD` day.
 * `undefined` for anything else (an invalid `Date`, `"2017-02-30"`, `"2017-2-3"`).
 *
 * @example
 * toCalendarDate(new Date("2016-12-31T16:30:00Z")) //=> "2017-01-01"
 * toCalendarDate("2017-02-30") //=> undefined
 */
export function toCalendarDate(input: Date | string): string | undefined {
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? undefined : shanghaiDate(input);
  }
  if (typeof input !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(input)) return undefined;
  const [y, m, d] = input.split("-").map(Number) as [number, number, number];
  return isRealDate(y, m, d) ? input : undefined;
}

/**
 * Reads an `asOf` option as a `YYYY-MM-DD` day; `undefined` means today in Asia/Shanghai.
 *
 * @example
 * referenceDay("2016-08-01") //=> "2016-08-01"
 *
 * @throws {RangeError} for an invalid `Date` or a string that is not a real `YYYY-MM-DD` day
 *   (options are the caller's, not data).
 */
export function referenceDay(asOf: Date | string | undefined): string {
  const day = toCalendarDate(asOf ?? new Date());
  if (day === undefined) throw new RangeError("asOf must be a valid Date or a YYYY-MM-DD day");
  return day;
}
