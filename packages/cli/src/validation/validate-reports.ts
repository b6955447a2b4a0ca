import type { MonthlyReport, ReportableMonthOptions } from "@zhucan/domain";
import { type LocatedProblem, sortLocatedProblems } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { checkCumulativeCounts } from "./check-cumulative-counts.js";
import { checkDuplicateReports } from "./check-duplicate-reports.js";
import { checkReportCorrections } from "./check-report-corrections.js";
import {
  type CheckReportGeographyOptions,
  checkReportGeography,
} from "./check-report-geography.js";
import { checkReportTiming } from "./check-report-timing.js";
import { checkReportTotals } from "./check-report-totals.js";

/** Options of {@link validateReports}. */
export interface ValidateReportsOptions extends CheckReportGeographyOptions {
  /** The instant to judge "future" months and receipt times against. */
  readonly now: Date;
  /** Reports already accepted (earlier months), for the cumulative-count check. */
  readonly previous?: readonly MonthlyReport[];
  /** Which months can be reported (the domain's `monthReportability` options). */
  readonly reportableMonth?: ReportableMonthOptions;
}

/**
 * Checks reports as read from their files against the programme's rules and each other, and
 * returns every problem with its file, sheet, row and column, sorted: unknown unit or county,
 * county not in the unit, missing or repeated county, a total row that does not add up, a
 * month before the programme, after it or not yet ended, a receipt time before the month ended or
 * in the future, a correction of a month that is not earlier, a cumulative count that falls
 * without a correction restating the earlier month, and the same unit and month twice.
 * (Cell-level problems — non-integer or negative counts, bad months — come from
 * `readReportFile`.) Codes are stable kebab-case.
 *
 * @example
 * const read = await readReportFile("meizhou-2017-03.xlsx");
 * validateReports(read.located, { now: new Date("2017-04-18T02:00:00Z") }) //=> []
 */
export function validateReports(
  reports: readonly LocatedReport[],
  options: ValidateReportsOptions,
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  for (const located of reports) {
    problems.push(
      ...checkReportGeography(located, options),
      ...checkReportTiming(located, options.now, options.reportableMonth),
      ...checkReportTotals(located),
      ...checkReportCorrections(located, options.reportableMonth),
    );
  }
  problems.push(...checkDuplicateReports(reports));
  problems.push(...checkCumulativeCounts(reports, options.previous));
  return sortLocatedProblems(problems);
}
