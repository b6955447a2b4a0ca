import { getIndicator, type MonthlyReport, reportedIndicatorIds } from "@zhucan/domain";
import type { LocatedProblem } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { reportProblem } from "./report-problem.js";

const cumulativeIds = reportedIndicatorIds.filter((id) => getIndicator(id)?.kind === "cumulative");

// A county's cumulative figures of one month, by position in `cumulativeIds`.
const slotOf = new Map<string, number>(cumulativeIds.map((id, i) => [id, i]));
const monthCounty = (month: string, county: string) => `${month}|${county}`;
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
    // One array per month and county rather than a key per figure: the check reads every
    // figure of every report (bench/cli/build.mjs).
    const effective = new Map<string, (number | undefined)[]>();
    const restated = new Map<string, boolean[]>();
    const figures = (month: string, county: string) => {
      const k = monthCounty(month, county);
      let row = effective.get(k);
      if (!row) {
        row = new Array<number | undefined>(cumulativeIds.length).fill(undefined);
        effective.set(k, row);
      }
      return row;
    };
    for (const month of months) {
      for (const c of (byMonth.get(month) as MonthlyReport).counties) {
        const row = figures(month, c.county);
        cumulativeIds.forEach((id, i) => {
          row[i] = c.counts[id];
        });
      }
    }
    // Restatements, applied in the order the reports were made: a later one wins. Only the
    // cumulative indicators' are read below.
    for (const month of months) {
      for (const c of (byMonth.get(month) as MonthlyReport).corrections) {
        const i = slotOf.get(c.indicator);
        if (i === undefined) continue;
        figures(c.month, c.county)[i] = c.value;
        const k = monthCounty(c.month, c.county);
        let flags = restated.get(k);
        if (!flags) {
          flags = new Array<boolean>(cumulativeIds.length).fill(false);
          restated.set(k, flags);
        }
        flags[i] = true;
      }
    }
    for (const located of inBatch) {
      const { report, source } = located;
      const earlier = months.filter((m) => m < report.month).at(-1);
      if (earlier === undefined) continue;
      report.counties.forEach((c, i) => {
        const beforeRow = effective.get(monthCounty(earlier, c.county));
        const nowRow = effective.get(monthCounty(report.month, c.county));
        if (!beforeRow || !nowRow) return;
        cumulativeIds.forEach((id, slot) => {
          const before = beforeRow[slot];
          const now = nowRow[slot];
          if (before === undefined || now === undefined || now >= before) return;
          const wasRestated = restated.get(monthCounty(earlier, c.county))?.[slot] === true;
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
        });
      });
    }
  }
  return problems;
}
