import type { LocatedProblem } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { reportProblem, reportSourceName } from "./report-problem.js";

/**
 * Finds the same unit and month reported twice in a batch (`duplicate-report`), reported at
 * every copy after the first, naming the first.
 *
 * @example
 * checkDuplicateReports([a, copyOfA]).map((p) => p.code) //=> ["duplicate-report"]
 */
export function checkDuplicateReports(batch: readonly LocatedReport[]): LocatedProblem[] {
  const first = new Map<string, LocatedReport>();
  const problems: LocatedProblem[] = [];
  for (const located of batch) {
    const { unit, month } = located.report;
    const k = `${unit}|${month}`;
    const earlier = first.get(k);
    if (!earlier) {
      first.set(k, located);
      continue;
    }
    problems.push(
      reportProblem(
        located,
        "duplicate-report",
        {
          "zh-CN": `${unit} ${month} 的报表重复：${reportSourceName(earlier)} 也是这个单位这个月的报表`,
          en: `${unit} ${month} is reported twice: ${reportSourceName(earlier)} is the same unit and month`,
        },
        located.source?.fieldRows?.month,
        "B",
      ),
    );
  }
  return problems;
}
