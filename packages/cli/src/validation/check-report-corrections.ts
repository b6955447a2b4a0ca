import { type ReportableMonthOptions, reportableMonthDefaults } from "@zhucan/domain";
import type { LocatedProblem } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { reportProblem } from "./report-problem.js";

/**
 * Checks the months of a report's corrections: a correction restates an EARLIER month
 * (`correction-month-not-earlier`: this month's figures belong in the county table) within the
 * programme (`correction-month-before-programme`).
 *
 * @example
 * checkReportCorrections(located).map((p) => p.code) //=> ["correction-month-not-earlier"]
 */
export function checkReportCorrections(
  located: LocatedReport,
  options: ReportableMonthOptions = {},
): LocatedProblem[] {
  const firstMonth = options.firstMonth ?? reportableMonthDefaults.firstMonth;
  const { report, source } = located;
  const column = source?.correctionColumns?.month ?? "A";
  const problems: LocatedProblem[] = [];
  report.corrections.forEach((c, i) => {
    const row = source?.correctionRows?.[i];
    if (c.month >= report.month) {
      problems.push(
        reportProblem(
          located,
          "correction-month-not-earlier",
          {
            "zh-CN": `更正的月份 ${c.month} 应早于报送月份 ${report.month}：本月的数字请直接填在县区表中`,
            en: `A correction restates an earlier month, not ${c.month} (the report is for ${report.month}): put this month's figures in the county table`,
          },
          row,
          column,
        ),
      );
    } else if (c.month < firstMonth) {
      problems.push(
        reportProblem(
          located,
          "correction-month-before-programme",
          {
            "zh-CN": `更正的月份 ${c.month} 早于行动开始的 ${firstMonth}`,
            en: `The corrected month ${c.month} is before the programme began (${firstMonth})`,
          },
          row,
          column,
        ),
      );
    }
  });
  return problems;
}
