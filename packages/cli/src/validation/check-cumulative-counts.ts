import {
  getIndicator,
  type MonthlyReport,
  type ReportedIndicatorId,
  reportedIndicatorIds,
} from "@zhucan/domain";
import type { LocatedProblem } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { reportProblem } from "./report-problem.js";

const cumulativeIds = reportedIndicatorIds.filter((id) => getIndicator(id)?.kind === "cumulative");

type Key = `${string}|${string}|${ReportedIndicatorId}`;
const key = (month: string, county: string, id: ReportedIndicatorId): Key =>
  `${month}|${county}|${id}`;

/**
 * Checks that no cumulative count falls (`cumulative-count-fell`): each report of the batch is
 * compared with the latest earlier report of the same unit (from the batch or `previous`),
 * county by county. A fall is explained — and not a problem — when a correction (in any report
 * of the unit, later ones winning) restates the earlier month's figure to no more than the new
 * one: corrections are "the only way a cumulative count may fall". A report of the batch
 * replaces a `previous` report of the same unit and month.
 *
 * @example
 * checkCumulativeCounts([{ report: march }], [february]).map((p) => p.code)
 * //=> ["cumulative-count-fell"] (youths-paired 30 in February, 25 in March, no correction)
 */
export function checkCumulativeCounts(
  batch: readonly LocatedReport[],
  previous: readonly MonthlyReport[] = [],
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const units = new Set(batch.map((l) => l.report.unit));
  for (const unit of units) {
    const inBatch = batch.filter((l) => l.report.unit === unit);
    const byMonth = new Map<string, MonthlyReport>();
    for (const r of previous) if (r.unit === unit) byMonth.set(r.month, r);
    for (const l of inBatch) byMonth.set(l.report.month, l.report);
    const months = [...byMonth.keys()].sort();
    const effective = new Map<Key, number>();
    for (const month of months) {
      for (const c of (byMonth.get(month) as MonthlyReport).counties) {
        for (const id of cumulativeIds) effective.set(key(month, c.county, id), c.counts[id]);
      }
    }
    // Restatements, applied in the order the reports were made: a later one wins.
    const restated = new Set<Key>();
    for (const month of months) {
      for (const c of (byMonth.get(month) as MonthlyReport).corrections) {
        effective.set(key(c.month, c.county, c.indicator), c.value);
        restated.add(key(c.month, c.county, c.indicator));
      }
    }
    for (const located of inBatch) {
      const { report, source } = located;
      const earlier = months.filter((m) => m < report.month).at(-1);
      if (earlier === undefined) continue;
      report.counties.forEach((c, i) => {
        for (const id of cumulativeIds) {
          const before = effective.get(key(earlier, c.county, id));
          const now = effective.get(key(report.month, c.county, id));
          if (before === undefined || now === undefined || now >= before) continue;
          const wasRestated = restated.has(key(earlier, c.county, id));
          problems.push(
            reportProblem(
              located,
              "cumulative-count-fell",
              {
                "zh-CN": `${c.county} 的“${id}”从 ${earlier} 的 ${before} 降到 ${report.month} 的 ${now}：累计数不应减少。${wasRestated ? "更正后的数字仍高于本月数字" : `如 ${earlier} 多报了，请在“更正 corrections”表中更正 ${earlier} 的数字并写明原因`}`,
                en: `"${id}" of ${c.county} fell from ${before} in ${earlier} to ${now} in ${report.month}: cumulative counts do not fall. ${wasRestated ? "The restated figure is still higher than this month's" : `If ${earlier} was over-reported, restate it in the "corrections" table with a reason`}`,
              },
              source?.countyRows?.[i],
              source?.indicatorColumns?.[id],
            ),
          );
        }
      });
    }
  }
  return problems;
}
