import {
  type FeedCell,
  type FeedProgress,
  type IndicatorId,
  type ProgressOptions,
  progressStatus,
} from "@zhucan/domain";
import type { RegionHierarchy } from "./feed-regions.js";
import { targetLevelOf } from "./feed-targets.js";

/** Options of {@link feedProgress}: the domain's thresholds, and how figures are rounded. */
export interface FeedProgressOptions
  extends Pick<ProgressOptions, "onTrack" | "needsAcceleration"> {
  /** **DECISION**: decimals of `expected` as published. Default 2. */
  readonly expectedDecimals?: number;
  /** **DECISION**: decimals of `ratio` as published. Default 4. */
  readonly ratioDecimals?: number;
}

/**
 * Defaults of {@link FeedProgressOptions}.
 *
 * @example
 * feedProgressDefaults.ratioDecimals //=> 4
 */
export const feedProgressDefaults = { expectedDecimals: 2, ratioDecimals: 4 } as const;

/** One series as published: its indicator, region and the published cell of the as-of month. */
export interface PublishedFigure {
  readonly indicator: IndicatorId;
  readonly region: string;
  readonly actual: FeedCell;
}

/**
 * Progress of every published series at the feed's as-of month (step (d)), by the domain's
 * `progressStatus`: the province against §四's targets, a programme-area county against the
 * per-county norms, a city against the norms × its programme-area counties, every other region
 * `no-target`. `actual` is the *published* cell, never the hidden figure.
 *
 * **DECISION**: a hidden cell ("<5", "suppressed") gets a status only when every figure its
 * published form allows (1–4 for "<5") gives the same status, and never a ratio; otherwise
 * `no-data` — a status or ratio computed from the hidden figure would narrow it down.
 *
 * @example
 * feedProgress([{ indicator: "v-stations", region: "440000", actual: 36 }], "2017-12", hierarchy, new Set())[0]?.status
 * //=> "achieved"
 */
export function feedProgress(
  figures: readonly PublishedFigure[],
  asOf: string,
  hierarchy: RegionHierarchy,
  area: ReadonlySet<string>,
  options: FeedProgressOptions = {},
): FeedProgress[] {
  const { expectedDecimals, ratioDecimals } = { ...feedProgressDefaults, ...options };
  const thresholds: ProgressOptions = {
    ...(options.onTrack !== undefined && { onTrack: options.onTrack }),
    ...(options.needsAcceleration !== undefined && {
      needsAcceleration: options.needsAcceleration,
    }),
  };
  // Many regions share a target level, and the domain computes its line in Beijing time:
  // each answer is remembered rather than recomputed for every county.
  const memo = new Map<string, ReturnType<typeof progressStatus>>();
  // And each region's target level, once per region rather than once per indicator.
  const levels = new Map<string, ReturnType<typeof targetLevelOf>>();
  return figures.map(({ indicator, region, actual }) => {
    if (!levels.has(region)) levels.set(region, targetLevelOf(region, hierarchy, area));
    const level = levels.get(region);
    // A region without a target of its own: an empty stepped target gives `no-target`.
    const opts: ProgressOptions = level
      ? { ...thresholds, ...level }
      : { ...thresholds, targets: {} };
    const at = (value: number | null) => {
      const key = `${indicator} ${level?.level} ${level?.counties} ${value}`;
      let result = memo.get(key);
      if (!result) {
        result = progressStatus({ indicator, actual: value, asOf }, opts);
        memo.set(key, result);
      }
      return result;
    };
    let result = at(typeof actual === "number" ? actual : null);
    if ((actual === "<5" || actual === "suppressed") && result.status !== "no-target") {
      const statuses = actual === "<5" ? [1, 2, 3, 4].map((v) => at(v).status) : [];
      const same = statuses.length > 0 && statuses.every((s) => s === statuses[0]);
      result = {
        ...result,
        status: same ? (statuses[0] as typeof result.status) : "no-data",
        ratio: null,
      };
    }
    // Keys in canonical (code-unit) order, as the feed's text has them (see feedTargets).
    return {
      actual,
      expected: round(result.expected, expectedDecimals),
      indicator,
      phase: result.phase,
      ratio: round(result.ratio, ratioDecimals),
      region,
      status: result.status,
      target: result.target,
    };
  });
}

function round(x: number | null, decimals: number): number | null {
  if (x === null) return null;
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
