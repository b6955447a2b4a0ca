import type { MonthlyReport, ReportedIndicatorId } from "@zhucan/domain";

/**
 * Where the parts of a report were found in its file, so that checks made after reading
 * (`validateReports`) can name the sheet, row and column of what they find. Every field is
 * optional: a report built in memory has none.
 */
export interface ReportLocations {
  readonly file: string;
  readonly sheet?: string;
  /** The row of each header field (its value is in column B). */
  readonly fieldRows?: Readonly<Partial<Record<"unit" | "month" | "receivedAt", number>>>;
  /** The row of each county, in the order of `report.counties`. */
  readonly countyRows?: readonly number[];
  /** The column letter of each indicator in the county table. */
  readonly indicatorColumns?: Readonly<Partial<Record<ReportedIndicatorId, string>>>;
  /** The row of each correction, in the order of `report.corrections`. */
  readonly correctionRows?: readonly number[];
  /** The column letter of each field of the corrections table. */
  readonly correctionColumns?: Readonly<
    Partial<Record<"month" | "county" | "indicator" | "value" | "reason", string>>
  >;
  /** The 合计 total row as written (its figures are checked against the county rows). */
  readonly total?: {
    readonly row: number;
    readonly counts: Readonly<Partial<Record<ReportedIndicatorId, number>>>;
  };
}

/**
 * A report with where it came from: what `readReportFile` returns and `validateReports` checks.
 *
 * @example
 * const located: LocatedReport = { report, source: { file: "meizhou-2017-03.xlsx" } };
 */
export interface LocatedReport {
  readonly report: MonthlyReport;
  readonly source?: ReportLocations;
}
