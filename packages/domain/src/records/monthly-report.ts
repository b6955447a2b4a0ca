import * as z from "zod/mini";
import { Month } from "../calendar/month.js";
import { reportedIndicatorIds } from "../indicators/indicator-ids.js";

const RegionCode = z.string().check(z.regex(/^\d{6}$/, "6-digit GB/T 2260 code"));
const Count = z.int().check(z.nonnegative());
const Note = z.string().check(z.maxLength(500));

/**
 * Cumulative counts of one county-level unit at the end of the report's month, one per reported
 * indicator (every indicator but `reports-on-time`). All are stocks to date, not monthly flows.
 *
 * @example
 * ReportCounts.safeParse({ "youths-registered": 12 }).success //=> false (every indicator is required)
 */
export const ReportCounts = z.strictObject(
  Object.fromEntries(reportedIndicatorIds.map((id) => [id, Count])) as Record<
    (typeof reportedIndicatorIds)[number],
    typeof Count
  >,
);
export type ReportCounts = z.infer<typeof ReportCounts>;

/** One row of a monthly report: a county-level unit and its counts. */
export const ReportCountyRow = z.strictObject({
  county: RegionCode,
  counts: ReportCounts,
  note: z.optional(Note),
});
export type ReportCountyRow = z.infer<typeof ReportCountyRow>;

/**
 * A restated figure for an earlier month, with the reason. This is the only way a cumulative
 * count may fall: the unit restates the earlier months it over-counted.
 */
export const ReportCorrection = z.strictObject({
  month: Month,
  county: RegionCode,
  indicator: z.enum(reportedIndicatorIds),
  value: Count,
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type ReportCorrection = z.infer<typeof ReportCorrection>;

/**
 * The monthly report of one reporting unit (a city or Shunde, §六): per-county counts for every
 * reported indicator, who filled it in, when the province received it, and corrections of
 * earlier months. Private: `filledBy` is never published.
 *
 * @example
 * MonthlyReport.safeParse({
 *   unit: "441400", month: "2017-03", receivedAt: "2017-04-18T10:00:00+08:00",
 *   filledBy: { organisation: "共青团梅州市委" }, counties: [], corrections: [],
 * }).success //=> true
 */
export const MonthlyReport = z.strictObject({
  unit: RegionCode,
  month: Month,
  /** When the provincial Youth League received it (ISO 8601 with offset); null if not recorded. */
  receivedAt: z.nullable(z.iso.datetime({ offset: true })),
  filledBy: z.strictObject({
    organisation: z.string().check(z.minLength(1), z.maxLength(200)),
    name: z.optional(z.string().check(z.maxLength(100))),
    contact: z.optional(z.string().check(z.maxLength(200))),
  }),
  counties: z.array(ReportCountyRow).check(z.maxLength(200)),
  corrections: z.array(ReportCorrection).check(z.maxLength(10_000)),
  note: z.optional(Note),
});
export type MonthlyReport = z.infer<typeof MonthlyReport>;
