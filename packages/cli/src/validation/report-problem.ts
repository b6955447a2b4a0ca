import type { LocalizedText } from "@zhucan/domain";
import type { LocatedProblem } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";

/**
 * A problem of a report at a place in its file (row and column when the report came from a
 * file; only the file — or the unit and month of an in-memory report — otherwise).
 *
 * @example
 * reportProblem({ report }, "month-in-future", message).file //=> "report 441400 2017-03"
 */
export function reportProblem(
  located: LocatedReport,
  code: string,
  message: LocalizedText,
  row?: number,
  column?: string,
): LocatedProblem {
  const source = located.source;
  return {
    file: source?.file ?? `report ${located.report.unit} ${located.report.month}`,
    ...(source?.sheet !== undefined && { sheet: source.sheet }),
    // A column means something only with its row (an in-memory report has neither).
    ...(row !== undefined && { row }),
    ...(row !== undefined && column !== undefined && { column }),
    code,
    message,
  };
}

/**
 * The name a message gives a report's source, for pointing from one file to another.
 *
 * @example
 * reportSourceName({ report, source: { file: "a.xlsx" } }) //=> "a.xlsx"
 */
export function reportSourceName(located: LocatedReport): string {
  return located.source?.file ?? `${located.report.unit} ${located.report.month}`;
}
