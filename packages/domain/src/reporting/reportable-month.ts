import { addMonths, Month, monthParts } from "../calendar/month.js";
import { phases, programmeTimeZone } from "../programme/phases.js";
import { zonedTime } from "./zoned-time.js";

/** Whether a month can be reported on at a given instant, and if not, why. */
export type MonthReportability =
  | "reportable"
  | "before-programme"
  | "after-programme"
  | "future"
  | "invalid";

/** Which months {@link monthReportability} accepts. */
export interface ReportableMonthOptions {
  /** First month of the programme. Default `"2016-08"` ("从2016年8月起"). */
  readonly firstMonth?: string;
  /** Last month reported on, or `null` for no end. Default `"2018-12"`, the end of §四. */
  readonly lastMonth?: string | null;
  /** Zone in which a month ends. Default `"Asia/Shanghai"`. */
  readonly timeZone?: string;
}

/**
 * The default reportable months: August 2016 to December 2018, months ending on Beijing time.
 *
 * @example
 * reportableMonthDefaults //=> { firstMonth: "2016-08", lastMonth: "2018-12", timeZone: "Asia/Shanghai" }
 */
export const reportableMonthDefaults: Required<ReportableMonthOptions> = {
  firstMonth: phases[0]?.firstMonth ?? "2016-08",
  lastMonth: phases.at(-1)?.lastMonth ?? "2018-12",
  timeZone: programmeTimeZone,
};

// The instant each month ends, by zone and month: a build checks hundreds of reports against
// the same few dozen months, and each TZDate asks Intl for offsets (a tenth of a millisecond).
const monthEnds = new Map<string, number>();

function monthEnd(month: string, timeZone: string): number {
  const key = `${timeZone} ${month}`;
  let end = monthEnds.get(key);
  if (end === undefined) {
    const next = monthParts(addMonths(month, 1));
    end = zonedTime(timeZone, next.year, next.month - 1, 1);
    if (monthEnds.size >= 10_000) monthEnds.clear();
    monthEnds.set(key, end);
  }
  return end;
}

/**
 * Whether a month can be reported on at `asOf` (default: now): `"before-programme"` before
 * August 2016, `"after-programme"` after December 2018, `"future"` until the month has ended
 * (its last instant passed in Asia/Shanghai), `"invalid"` for anything but `YYYY-MM` (or an
 * Invalid Date), else `"reportable"`.
 *
 * **DECISION** (configurable, `lastMonth`): the notice's phases (§四) end with 2018, so later
 * months are outside the programme; pass `lastMonth: null` to keep accepting them.
 *
 * @example
 * monthReportability("2016-07", new Date("2017-01-01")) //=> "before-programme"
 * monthReportability("2016-08", new Date("2016-08-31T16:00:00Z")) //=> "reportable"
 * monthReportability("2016-08", new Date("2016-08-31T15:59:59.999Z")) //=> "future"
 */
export function monthReportability(
  month: string,
  asOf: Date = new Date(),
  options: ReportableMonthOptions = {},
): MonthReportability {
  const { firstMonth, lastMonth, timeZone } = { ...reportableMonthDefaults, ...options };
  if (!Month.safeParse(month).success || monthParts(month).year < 1000) return "invalid";
  if (Number.isNaN(asOf.getTime())) return "invalid";
  if (month < firstMonth) return "before-programme";
  if (lastMonth !== null && month > lastMonth) return "after-programme";
  const end = monthEnd(month, timeZone);
  if (Number.isNaN(end)) return "invalid";
  return asOf.getTime() >= end ? "reportable" : "future";
}

/**
 * Whether a month can be reported on at `asOf` (default: now): see {@link monthReportability}.
 *
 * @example
 * isReportableMonth("2017-03", new Date("2017-04-05T00:00:00Z")) //=> true
 * isReportableMonth("2017-04", new Date("2017-04-05T00:00:00Z")) //=> false
 */
export function isReportableMonth(
  month: string,
  asOf: Date = new Date(),
  options: ReportableMonthOptions = {},
): boolean {
  return monthReportability(month, asOf, options) === "reportable";
}
