import type { MonthlyReport, ReportedIndicatorId } from "@zhucan/domain";
import { reportedIndicatorIds } from "@zhucan/domain";

/** One indicator's figures of one county-level unit, one per month of the feed (`null`: none). */
export type MonthlySeries = (number | null)[];

/** The figures of every county-level unit named in the reports, after corrections. */
export interface CountyValues {
  readonly months: readonly string[];
  /** County-level unit code → indicator → figures aligned with `months`. */
  readonly values: ReadonlyMap<string, Readonly<Record<ReportedIndicatorId, MonthlySeries>>>;
  /** Which reporting unit reported each county-level unit (the latest report naming it). */
  readonly unitOf: ReadonlyMap<string, string>;
  /** Every correction applied, in the order applied (the one applied last is in force). */
  readonly restatements: readonly Restatement[];
}

/** A figure of an earlier month restated by a later report, and why. */
export interface Restatement {
  readonly unit: string;
  /** The month of the report that carried the correction. */
  readonly reportMonth: string;
  readonly month: string;
  readonly county: string;
  readonly indicator: ReportedIndicatorId;
  /** The figure before this correction (`null`: there was none). */
  readonly from: number | null;
  readonly to: number;
  /** The report's reason, as written (private until {@link publishableText} has masked it). */
  readonly reason: string;
}

/**
 * The order in which reports take effect: by month, then by receipt (unrecorded first), then
 * by unit, so that "the latest report wins" is the same on every run whatever the file order.
 *
 * @example
 * [{ month: "2017-02", receivedAt: null, unit: "441400" }, { month: "2017-01", receivedAt: null, unit: "441400" }]
 *   .sort(reportOrder).map((r) => r.month) //=> ["2017-01", "2017-02"]
 */
export function reportOrder(
  a: Pick<MonthlyReport, "month" | "receivedAt" | "unit">,
  b: Pick<MonthlyReport, "month" | "receivedAt" | "unit">,
): number {
  return byReportOrder(a, b, receiptKey(a), receiptKey(b));
}

type ReportKey = Pick<MonthlyReport, "month" | "receivedAt" | "unit">;

// The receipt as reportOrder compares it: unrecorded ("") before any time.
function receiptKey(r: ReportKey): number | "" {
  return r.receivedAt === null ? "" : Date.parse(r.receivedAt);
}

function byReportOrder(a: ReportKey, b: ReportKey, x: number | "", y: number | ""): number {
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (x !== y) return x === "" ? -1 : y === "" ? 1 : (x as number) - (y as number);
  return a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0;
}

/**
 * Assembles county × month × indicator figures from monthly reports (step (a) of the feed):
 * each report's rows give its month's figures; then every correction, in report order, restates
 * the month it names — so the latest report wins. A correction of the report's own month or a
 * later one is not a restatement and is ignored (validation reports it); one for a month outside
 * `months` is ignored too. Reports of months outside `months` contribute nothing.
 *
 * @example
 * const counts = Object.fromEntries(reportedIndicatorIds.map((id) => [id, 0]));
 * const values = countyValues([
 *   { unit: "441400", month: "2017-01", receivedAt: null, filledBy: { organisation: "x" },
 *     counties: [{ county: "441402", counts: { ...counts, "youths-paired": 12 } }], corrections: [] },
 *   { unit: "441400", month: "2017-02", receivedAt: null, filledBy: { organisation: "x" },
 *     counties: [{ county: "441402", counts: { ...counts, "youths-paired": 14 } }],
 *     corrections: [{ month: "2017-01", county: "441402", indicator: "youths-paired", value: 10, reason: "重复登记" }] },
 * ], ["2017-01", "2017-02"]);
 * values.values.get("441402")?.["youths-paired"] //=> [10, 14]
 */
export function countyValues(
  reports: readonly MonthlyReport[],
  months: readonly string[],
): CountyValues {
  const index = new Map(months.map((m, i) => [m, i]));
  const values = new Map<string, Record<ReportedIndicatorId, MonthlySeries>>();
  const unitOf = new Map<string, string>();
  const seriesOf = (county: string) => {
    let record = values.get(county);
    if (!record) {
      record = Object.fromEntries(
        reportedIndicatorIds.map((id) => [id, new Array<number | null>(months.length).fill(null)]),
      ) as Record<ReportedIndicatorId, MonthlySeries>;
      values.set(county, record);
    }
    return record;
  };
  // reportOrder with each receipt time parsed once, not at every comparison.
  const receipts = new Map<MonthlyReport, number | "">();
  const ordered = reports.filter((r) => index.has(r.month));
  for (const r of ordered) receipts.set(r, receiptKey(r));
  ordered.sort((a, b) =>
    byReportOrder(a, b, receipts.get(a) as number | "", receipts.get(b) as number | ""),
  );
  // A report's counts are copied by a function of its own: this one then runs too briefly for
  // the engine to compile it whole, once per release, which cost more than it saved.
  for (let k = 0; k < ordered.length; k++) {
    const report = ordered[k] as MonthlyReport;
    copyCounts(report, index.get(report.month) as number, unitOf, seriesOf);
  }
  const restatements: Restatement[] = [];
  for (const report of ordered) {
    for (const correction of report.corrections) {
      const m = index.get(correction.month);
      if (m === undefined || correction.month >= report.month) continue;
      const series = seriesOf(correction.county)[correction.indicator];
      if (!unitOf.has(correction.county)) unitOf.set(correction.county, report.unit);
      restatements.push({
        unit: report.unit,
        reportMonth: report.month,
        month: correction.month,
        county: correction.county,
        indicator: correction.indicator,
        from: series[m] ?? null,
        to: correction.value,
        reason: correction.reason,
      });
      series[m] = correction.value;
    }
  }
  return { months, values, unitOf, restatements };
}

// Copies a report's counts into month `m` of its counties' series. Indexed loops: every count
// of every report passes here, mostly before the engine has compiled this, when `for…of` costs
// an iterator result a step.
function copyCounts(
  report: MonthlyReport,
  m: number,
  unitOf: Map<string, string>,
  seriesOf: (county: string) => Record<ReportedIndicatorId, MonthlySeries>,
): void {
  const rows = report.counties;
  for (let c = 0; c < rows.length; c++) {
    const row = rows[c] as MonthlyReport["counties"][number];
    unitOf.set(row.county, report.unit);
    const series = seriesOf(row.county);
    for (let i = 0; i < reportedIndicatorIds.length; i++) {
      const id = reportedIndicatorIds[i] as ReportedIndicatorId;
      series[id][m] = row.counts[id];
    }
  }
}
