import { reportedIndicatorIds } from "@zhucan/domain";
import type { LocatedProblem } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { reportProblem } from "./report-problem.js";

/**
 * Checks the 合计 total row of a report file against the sum of its county rows, indicator by
 * indicator (`total-mismatch`). A report without a total row (built in memory) has nothing to
 * check.
 *
 * @example
 * checkReportTotals(located).map((p) => p.code) //=> ["total-mismatch"] (合计 40, counties 42)
 */
export function checkReportTotals(located: LocatedReport): LocatedProblem[] {
  const total = located.source?.total;
  if (!total) return [];
  const problems: LocatedProblem[] = [];
  for (const id of reportedIndicatorIds) {
    const written = total.counts[id];
    if (written === undefined) continue;
    const sum = located.report.counties.reduce((s, c) => s + c.counts[id], 0);
    if (sum !== written) {
      problems.push(
        reportProblem(
          located,
          "total-mismatch",
          {
            "zh-CN": `“${id}”的合计为 ${written}，但各县区之和为 ${sum}`,
            en: `The total of "${id}" is ${written}, but the counties add up to ${sum}`,
          },
          total.row,
          located.source?.indicatorColumns?.[id],
        ),
      );
    }
  }
  return problems;
}
