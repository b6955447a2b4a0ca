import {
  addMonths,
  monthReportability,
  parseReceivedAt,
  type ReportableMonthOptions,
} from "@zhucan/domain";
import type { LocatedProblem } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { reportProblem } from "./report-problem.js";

/**
 * Checks when a report is for and when it arrived, at `now`: `month-before-programme` (before
 * August 2016, "从2016年8月起"), `month-after-programme` (after the last phase of §四, by
 * default 2018-12), `month-in-future` (a month that has not ended yet in Asia/Shanghai: its
 * counts are as of the end of the month, so the current month counts too — the domain's
 * `monthReportability`), `received-before-month-end` and `received-at-in-future`.
 *
 * @example
 * checkReportTiming({ report: { ...report, month: "2016-07" } }, new Date()).map((p) => p.code)
 * //=> ["month-before-programme"]
 */
export function checkReportTiming(
  located: LocatedReport,
  now: Date,
  options: ReportableMonthOptions = {},
): LocatedProblem[] {
  const { report, source } = located;
  const monthRow = source?.fieldRows?.month;
  const problems: LocatedProblem[] = [];
  const reportability = reportabilityOf(report.month, now, options);
  if (reportability === "before-programme") {
    problems.push(
      reportProblem(
        located,
        "month-before-programme",
        {
          "zh-CN": `报送月份 ${report.month} 早于行动开始的 2016年8月`,
          en: `The month ${report.month} is before the programme began (August 2016)`,
        },
        monthRow,
        "B",
      ),
    );
  } else if (reportability === "after-programme") {
    problems.push(
      reportProblem(
        located,
        "month-after-programme",
        {
          "zh-CN": `报送月份 ${report.month} 晚于行动的最后阶段（至 2018年12月）`,
          en: `The month ${report.month} is after the programme's last phase (to December 2018)`,
        },
        monthRow,
        "B",
      ),
    );
  } else if (reportability === "future") {
    problems.push(
      reportProblem(
        located,
        "month-in-future",
        {
          "zh-CN": `报送月份 ${report.month} 还没有结束，不能报送（数字是截至月底的累计数）`,
          en: `The month ${report.month} has not ended yet, so it cannot be reported (figures are as of the month's end)`,
        },
        monthRow,
        "B",
      ),
    );
  }
  if (report.receivedAt !== null) {
    const received = parseReceivedAt(report.receivedAt);
    const row = source?.fieldRows?.receivedAt;
    if (received.ok && received.value.getTime() > now.getTime()) {
      problems.push(
        reportProblem(
          located,
          "received-at-in-future",
          {
            "zh-CN": `收到时间 ${report.receivedAt} 晚于现在`,
            en: `The receipt time ${report.receivedAt} is in the future`,
          },
          row,
          "B",
        ),
      );
    }
    const monthEnd = monthEndOf(report.month);
    if (received.ok && monthEnd.ok && received.value.getTime() < monthEnd.value.getTime()) {
      problems.push(
        reportProblem(
          located,
          "received-before-month-end",
          {
            "zh-CN": `收到时间 ${report.receivedAt} 早于报送月份 ${report.month} 结束`,
            en: `The receipt time ${report.receivedAt} is before the month ${report.month} ended`,
          },
          row,
          "B",
        ),
      );
    }
  }
  return problems;
}

// The domain's answers depend only on the month (and `now` and the options), and computing them
// in Asia/Shanghai time is costly: hundreds of reports share a few dozen months
// (bench/cli/build.mjs). Bounded caches, for odd inputs.
const cacheSize = 1024;
const monthEnds = new Map<string, ReturnType<typeof parseReceivedAt>>();
function monthEndOf(month: string): ReturnType<typeof parseReceivedAt> {
  let end = monthEnds.get(month);
  if (!end) {
    end = parseReceivedAt(`${addMonths(month, 1)}-01`);
    if (monthEnds.size >= cacheSize) monthEnds.clear();
    monthEnds.set(month, end);
  }
  return end;
}

const reportabilities = new Map<string, ReturnType<typeof monthReportability>>();
function reportabilityOf(
  month: string,
  now: Date,
  options: ReportableMonthOptions,
): ReturnType<typeof monthReportability> {
  const key = `${month} ${now.getTime()} ${JSON.stringify(options)}`;
  let answer = reportabilities.get(key);
  if (answer === undefined) {
    answer = monthReportability(month, now, options);
    if (reportabilities.size >= cacheSize) reportabilities.clear();
    reportabilities.set(key, answer);
  }
  return answer;
}
