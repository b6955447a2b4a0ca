import { addMonths, Month, monthParts } from "../calendar/month.js";
import { programmeTimeZone } from "../programme/phases.js";
import { zonedTime } from "./zoned-time.js";

/** How {@link reportDeadline} places a month's deadline. */
export interface ReportDeadlineOptions {
  /**
   * Day of the month the report is due, to the end of that day (1–31; a day the month lacks
   * means its last day). Default 20 (§六 "于每月20日前上报", read as "by the end of the 20th";
   * 19 gives the strict reading "before the 20th").
   */
  readonly dayOfMonth?: number;
  /** How many months after the reported month the deadline falls (≥ 0). Default 1. */
  readonly monthsAfter?: number;
  /** IANA time zone whose wall clock the deadline is read on. Default `"Asia/Shanghai"`. */
  readonly timeZone?: string;
}

/**
 * The default deadline rule: the end of the 20th of the following month, Beijing time.
 *
 * @example
 * reportDeadlineDefaults //=> { dayOfMonth: 20, monthsAfter: 1, timeZone: "Asia/Shanghai" }
 */
export const reportDeadlineDefaults: Required<ReportDeadlineOptions> = {
  dayOfMonth: 20,
  monthsAfter: 1,
  timeZone: programmeTimeZone,
};

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

/**
 * The last instant at which a month's report is on time.
 *
 * §六 asks the reporting units to report "于每月20日前" (before the 20th of every month) without
 * saying which month's figures, to which instant, or on which clock. **DECISION** (configurable
 * through {@link ReportDeadlineOptions}, defaults in {@link reportDeadlineDefaults}): the report
 * for month M is on time if received by 23:59:59.999 on the 20th of month M+1, Asia/Shanghai time
 * (UTC+8, no daylight saving), whatever the host's zone.
 *
 * Returns an Invalid Date (like date-fns) for a month that is not `YYYY-MM` (or before the year
 * 1000, which `Date` arithmetic misreads) and for options out of range (a day outside 1–31, a
 * negative or fractional `monthsAfter`, an unknown time zone).
 *
 * @example
 * reportDeadline("2016-08").toISOString() //=> "2016-09-20T15:59:59.999Z"
 * reportDeadline("2016-12").toISOString() //=> "2017-01-20T15:59:59.999Z"
 * reportDeadline("2017-01", { dayOfMonth: 31 }).toISOString() //=> "2017-02-28T15:59:59.999Z"
 */
export function reportDeadline(month: string, options: ReportDeadlineOptions = {}): Date {
  const { dayOfMonth, monthsAfter, timeZone } = { ...reportDeadlineDefaults, ...options };
  const valid =
    Month.safeParse(month).success &&
    monthParts(month).year >= 1000 &&
    Number.isInteger(dayOfMonth) &&
    dayOfMonth >= 1 &&
    dayOfMonth <= 31 &&
    Number.isInteger(monthsAfter) &&
    monthsAfter >= 0;
  if (!valid) return new Date(Number.NaN);
  const due = monthParts(addMonths(month, monthsAfter));
  const day = Math.min(dayOfMonth, daysInMonth(due.year, due.month));
  // The first instant of the next day, less 1 ms, is the end of the day even where a zone's
  // midnight is skipped or repeated by a clock change.
  const nextDay = zonedTime(timeZone, due.year, due.month - 1, day + 1);
  return new Date(nextDay - 1);
}
