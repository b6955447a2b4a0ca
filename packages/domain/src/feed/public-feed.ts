import * as z from "zod/mini";
import { Month } from "../calendar/month.js";
import { indicatorIds } from "../indicators/indicator-ids.js";
import { phaseIds } from "../programme/phase-ids.js";
import { feedPatterns, feedVocabulary, feedLimits as max } from "./feed-formats.js";
import { progressStatuses } from "./progress-statuses.js";

// Both constants live in zod-free modules (parseFeed must not load zod); re-exported here, where
// they have always been public.
export { feedSchemaVersion } from "./feed-schema-version.js";
export { progressStatuses } from "./progress-statuses.js";

const bounded = (max: number) => z.string().check(z.maxLength(max));
const Text = z.strictObject({ "zh-CN": bounded(max.text), en: bounded(max.text) });
const RegionCode = z.string().check(z.regex(feedPatterns.regionCode, "6-digit GB/T 2260 code"));
const IndicatorId = z.enum(indicatorIds);
const PhaseId = z.enum(phaseIds);
const list = <T extends z.core.SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));

/**
 * One published value of a series.
 * - a non-negative integer: the figure;
 * - `null`: no data (the unit did not report for that month);
 * - `"<5"`: a count of 1–4 people, suppressed (primary suppression);
 * - `"suppressed"`: hidden so that a `"<5"` cell cannot be recomputed from totals (secondary
 *   suppression); its true value may be any size.
 *
 * @example
 * FeedCell.parse("<5") //=> "<5"
 */
export const FeedCell = z.union([
  z.int().check(z.nonnegative()),
  z.null(),
  z.literal("<5"),
  z.literal("suppressed"),
]);
export type FeedCell = z.infer<typeof FeedCell>;

/** A region of the feed: the province, a city or a county-level unit. */
export const FeedRegion = z.strictObject({
  code: RegionCode,
  level: z.enum(feedVocabulary.regionLevels),
  name: Text,
  parent: z.nullable(RegionCode),
  /** County-level units only: whether it is one of the programme's poverty counties. */
  inProgrammeArea: z.optional(z.boolean()),
});
export type FeedRegion = z.infer<typeof FeedRegion>;

/** A monthly series of one indicator for one region; `values[i]` belongs to `months[i]`. */
export const FeedSeries = z.strictObject({
  indicator: IndicatorId,
  region: RegionCode,
  values: list(FeedCell, max.months),
});
export type FeedSeries = z.infer<typeof FeedSeries>;

/** A target of one indicator in one phase for one region (province-wide or per-unit norm). */
export const FeedTarget = z.strictObject({
  indicator: IndicatorId,
  phase: PhaseId,
  region: RegionCode,
  value: z.number().check(z.nonnegative()),
  /** True when the figure is derived (e.g. 70 × 5 = 350), with the arithmetic in `formula`. */
  derived: z.boolean(),
  formula: z.optional(bounded(max.formula)),
  clause: bounded(max.clause),
});
export type FeedTarget = z.infer<typeof FeedTarget>;

/** Progress of one indicator in one region at the feed's as-of month (DOMAIN.md's method). */
export const FeedProgress = z.strictObject({
  indicator: IndicatorId,
  region: RegionCode,
  status: z.enum(progressStatuses),
  actual: FeedCell,
  expected: z.nullable(z.number()),
  ratio: z.nullable(z.number()),
  target: z.nullable(z.number()),
  phase: z.nullable(PhaseId),
});
export type FeedProgress = z.infer<typeof FeedProgress>;

/** Whether each reporting unit's report for each month came on time; aligned with `months`. */
export const FeedTimeliness = z.strictObject({
  unit: RegionCode,
  values: list(z.enum(feedVocabulary.timeliness), max.months),
});
export type FeedTimeliness = z.infer<typeof FeedTimeliness>;

/** One published figure changed by a later report, and why. Suppressed values stay suppressed. */
export const FeedCorrection = z.strictObject({
  release: Month,
  unit: RegionCode,
  month: Month,
  indicator: IndicatorId,
  region: RegionCode,
  previous: FeedCell,
  current: FeedCell,
  reason: bounded(max.reason),
});
export type FeedCorrection = z.infer<typeof FeedCorrection>;

/** A helping → helped city pair (input data with its source and confidence, not law). */
export const FeedPairing = z.strictObject({
  helping: RegionCode,
  helped: RegionCode,
  counties: z.optional(list(RegionCode, max.pairingCounties)),
  source: bounded(max.source),
  confidence: z.enum(feedVocabulary.confidence),
});
export type FeedPairing = z.infer<typeof FeedPairing>;

/**
 * The public feed of official indicators: what the CLI publishes and the widgets render.
 * Aggregated, identifier-free, small counts suppressed. Served as `latest.json` and
 * `releases/<YYYY-MM>.json`. Built on `zod/mini` so that a page validating feeds stays small.
 *
 * @example
 * PublicFeed.safeParse({}).success //=> false
 */
export const PublicFeed = z.strictObject({
  schemaVersion: z.string().check(z.regex(feedPatterns.schemaVersion, "1.x.y")),
  release: Month,
  asOf: Month,
  generatedAt: z.iso.datetime({ offset: true }),
  publisher: z.strictObject({
    name: Text,
    url: z.optional(z.url().check(z.maxLength(max.url))),
  }),
  licence: z.strictObject({
    id: bounded(max.licenceId),
    name: bounded(max.licenceName),
    url: z.url().check(z.maxLength(max.url)),
  }),
  /** `sha256-` + hex digest of the canonical JSON of the feed without this field. */
  checksum: z.string().check(z.regex(feedPatterns.checksum)),
  /** True for synthetic data: every view of it must say so. */
  sample: z.boolean(),
  source: Text,
  months: list(Month, max.months).check(z.minLength(1)),
  indicators: list(
    z.strictObject({ id: IndicatorId, name: Text, unit: Text, countsPeople: z.boolean() }),
    max.indicators,
  ),
  phases: list(
    z.strictObject({ id: PhaseId, name: Text, start: z.iso.date(), end: z.iso.date() }),
    max.phases,
  ),
  regions: list(FeedRegion, max.regions),
  area: z.strictObject({
    counties: list(RegionCode, max.areaCounties),
    sample: z.boolean(),
    source: bounded(max.source),
  }),
  suppression: z.strictObject({
    threshold: z.int().check(z.positive()),
    level: z.literal("county"),
    method: Text,
  }),
  series: list(FeedSeries, max.rows),
  targets: list(FeedTarget, max.rows),
  progress: list(FeedProgress, max.rows),
  timeliness: list(FeedTimeliness, max.timeliness),
  corrections: list(FeedCorrection, max.rows),
  pairings: list(FeedPairing, max.pairings),
});
export type PublicFeed = z.infer<typeof PublicFeed>;
