import { type ReportDeadlineOptions, reportDeadline } from "./report-deadline.js";

/**
 * Whether a month's deadline has passed at `asOf` (default: now), so that a report not yet
 * received is overdue rather than still to come. `false` for a month without a deadline (not
 * `YYYY-MM`) and for an Invalid Date.
 *
 * @example
 * isReportDue("2016-08", new Date("2016-09-20T15:59:59.999Z")) //=> false
 * isReportDue("2016-08", new Date("2016-09-20T16:00:00.000Z")) //=> true
 */
export function isReportDue(
  month: string,
  asOf: Date = new Date(),
  options: ReportDeadlineOptions = {},
): boolean {
  return asOf.getTime() > reportDeadline(month, options).getTime();
}
