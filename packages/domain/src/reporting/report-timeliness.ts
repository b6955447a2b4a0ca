import { parseReceivedAt } from "./parse-received-at.js";
import {
  type ReportDeadlineOptions,
  reportDeadline,
  reportDeadlineDefaults,
} from "./report-deadline.js";

/** Whether a month's report came by its deadline, after it, or not at all. */
export type ReportTimeliness = "on-time" | "late" | "missing";

/** How {@link reportTimeliness} judges a receipt: the deadline rule plus unreadable receipts. */
export interface ReportTimelinessOptions extends ReportDeadlineOptions {
  /**
   * What a receipt time that cannot be read counts as (an Invalid Date, `"20/09/2016"`, a number).
   * Default `"missing"`.
   */
  readonly unreadableReceipt?: "missing" | "late";
}

/**
 * The default judgement: {@link reportDeadlineDefaults}, and an unreadable receipt time counts as
 * no receipt.
 *
 * @example
 * reportTimelinessDefaults.unreadableReceipt //=> "missing"
 */
export const reportTimelinessDefaults: Required<ReportTimelinessOptions> = {
  ...reportDeadlineDefaults,
  unreadableReceipt: "missing",
};

/**
 * Whether the report for `month` was on time (received by {@link reportDeadline}), late, or
 * missing (`null`/`undefined`). Strings are read by `parseReceivedAt`: ISO 8601 with or without
 * an offset; without one, on the wall clock of `timeZone`. A report received before its month
 * has ended is on time. Never throws, and gives the same answer on any host time zone.
 *
 * **DECISION** (configurable, `unreadableReceipt`): a receipt time that cannot be read counts as
 * `"missing"`, so that a data-entry error never shows as on time; fix the record to count it.
 * A `month` that is not `YYYY-MM` (or options out of range) has no deadline: every receipt
 * counts as `"missing"` for it.
 *
 * `"missing"` does not say whether the deadline has passed yet: see `isReportDue`.
 *
 * @example
 * reportTimeliness("2016-09-20T23:59:59.999+08:00", "2016-08") //=> "on-time"
 * reportTimeliness("2016-09-21T00:00:00+08:00", "2016-08") //=> "late"
 * reportTimeliness(null, "2016-08") //=> "missing"
 */
export function reportTimeliness(
  receivedAt: Date | string | null | undefined,
  month: string,
  options: ReportTimelinessOptions = {},
): ReportTimeliness {
  const { unreadableReceipt, ...rule } = { ...reportTimelinessDefaults, ...options };
  const deadline = reportDeadline(month, rule).getTime();
  if (receivedAt === null || receivedAt === undefined || Number.isNaN(deadline)) return "missing";
  const received = parseReceivedAt(receivedAt, { timeZone: rule.timeZone });
  if (!received.ok) return unreadableReceipt;
  return received.value.getTime() <= deadline ? "on-time" : "late";
}
