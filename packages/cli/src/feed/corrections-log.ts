import type { FeedCell, FeedCorrection, ReportedIndicatorId } from "@zhucan/domain";
import type { Restatement } from "./county-values.js";

/** One county-level cell whose figure changed since the previous release. */
export interface ChangedCell {
  readonly unit: string;
  readonly month: string;
  readonly indicator: ReportedIndicatorId;
  readonly region: string;
  /** As the previous release published it. */
  readonly previous: FeedCell;
  /** As this release publishes it. */
  readonly current: FeedCell;
}

/** Options of {@link correctionsLog}. */
export interface CorrectionsLogOptions {
  /** Turns a report's reason into publishable text (see `publishableText`). */
  readonly publish: (reason: string) => string;
  /** The reason shown for a change no correction explains (e.g. a report file re-sent). */
  readonly unexplained?: string;
}

/**
 * Defaults of {@link CorrectionsLogOptions}.
 *
 * @example
 * correctionsLogDefaults.unexplained
 * //=> "数字有变动，报送单位未说明原因 · changed; the reporting unit gave no reason"
 */
export const correctionsLogDefaults = {
  unexplained: "数字有变动，报送单位未说明原因 · changed; the reporting unit gave no reason",
} as const;

/**
 * The corrections log of a release (step (f)): the previous release's log, then one entry per
 * county-level cell whose figure changed since that release, with both figures *as published*
 * (a hidden figure stays "<5" or "suppressed" in the log too) and the reason of the latest
 * correction that restated it, made publishable. Figures that arrived for months the previous
 * release had no data for are late reports, not corrections, and are not logged.
 *
 * @example
 * correctionsLog([], "2017-03", [{ unit: "441400", month: "2017-01", indicator: "youths-paired",
 *   region: "441402", previous: 12, current: 10 }], [{ unit: "441400", reportMonth: "2017-03",
 *   month: "2017-01", county: "441402", indicator: "youths-paired", from: 12, to: 10, reason: "重复登记" }],
 *   { publish: (r) => r })[0]?.reason
 * //=> "重复登记"
 */
export function correctionsLog(
  previousLog: readonly FeedCorrection[],
  release: string,
  changed: readonly ChangedCell[],
  restatements: readonly Restatement[],
  options: CorrectionsLogOptions,
): FeedCorrection[] {
  const unexplained = options.unexplained ?? correctionsLogDefaults.unexplained;
  const reasonOf = new Map<string, string>();
  // Restatements come in the order applied: the last one for a cell is the one in force.
  for (const r of restatements) {
    reasonOf.set(`${r.county} ${r.indicator} ${r.month}`, r.reason);
  }
  const added = [...changed]
    .sort(
      (a, b) =>
        compare(a.month, b.month) ||
        compare(a.region, b.region) ||
        compare(a.indicator, b.indicator),
    )
    .map((c) => {
      const reason = reasonOf.get(`${c.region} ${c.indicator} ${c.month}`);
      return {
        release,
        unit: c.unit,
        month: c.month,
        indicator: c.indicator,
        region: c.region,
        previous: c.previous,
        current: c.current,
        reason: reason === undefined ? unexplained : options.publish(reason),
      };
    });
  // A rebuilt release replaces its own earlier entries rather than repeating them.
  return [...previousLog.filter((e) => e.release !== release), ...added];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
