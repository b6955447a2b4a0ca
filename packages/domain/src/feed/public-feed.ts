import { z } from "zod";
import { Month } from "../calendar/month";
import { indicatorIds } from "../indicators/indicator-ids";
import { phaseIds } from "../programme/phases";

/** The feed format's version. A consumer accepts any `1.x.y`; a breaking change bumps the major. */
export const feedSchemaVersion = "1.0.0";

const Text = z.object({ "zh-CN": z.string().max(2000), en: z.string().max(2000) }).strict();
const RegionCode = z.string().regex(/^\d{6}$/, "6-digit GB/T 2260 code");
const IndicatorId = z.enum(indicatorIds);

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
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  z.null(),
  z.literal("<5"),
  z.literal("suppressed"),
]);
export type FeedCell = z.infer<typeof FeedCell>;

/** A region of the feed: the province, a city or a county-level unit. */
export const FeedRegion = z
  .object({
    code: RegionCode,
    level: z.enum(["province", "city", "county"]),
    name: Text,
    parent: RegionCode.nullable(),
    /** County-level units only: whether it is one of the programme's poverty counties. */
    inProgrammeArea: z.boolean().optional(),
  })
  .strict();
export type FeedRegion = z.infer<typeof FeedRegion>;

/** A monthly series of one indicator for one region; `values[i]` belongs to `months[i]`. */
export const FeedSeries = z
  .object({
    indicator: IndicatorId,
    region: RegionCode,
    values: z.array(FeedCell).max(1200),
  })
  .strict();
export type FeedSeries = z.infer<typeof FeedSeries>;

/** A target of one indicator in one phase for one region (province-wide or per-unit norm). */
export const FeedTarget = z
  .object({
    indicator: IndicatorId,
    phase: z.enum(phaseIds),
    region: RegionCode,
    value: z.number().nonnegative(),
    /** True when the figure is derived (e.g. 70 × 5 = 350), with the arithmetic in `formula`. */
    derived: z.boolean(),
    formula: z.string().max(200).optional(),
    clause: z.string().max(200),
  })
  .strict();
export type FeedTarget = z.infer<typeof FeedTarget>;

/** Progress of one indicator in one region at the feed's as-of month (DOMAIN.md's method). */
export const FeedProgress = z
  .object({
    indicator: IndicatorId,
    region: RegionCode,
    status: z.enum([
      "achieved",
      "on-track",
      "needs-acceleration",
      "off-track",
      "no-data",
      "no-target",
    ]),
    actual: FeedCell,
    expected: z.number().nullable(),
    ratio: z.number().nullable(),
    target: z.number().nullable(),
    phase: z.enum(phaseIds).nullable(),
  })
  .strict();
export type FeedProgress = z.infer<typeof FeedProgress>;

/** Whether each reporting unit's report for each month came on time; aligned with `months`. */
export const FeedTimeliness = z
  .object({
    unit: RegionCode,
    values: z.array(z.enum(["on-time", "late", "missing"])).max(1200),
  })
  .strict();
export type FeedTimeliness = z.infer<typeof FeedTimeliness>;

/** One published figure changed by a later report, and why. Suppressed values stay suppressed. */
export const FeedCorrection = z
  .object({
    release: Month,
    unit: RegionCode,
    month: Month,
    indicator: IndicatorId,
    region: RegionCode,
    previous: FeedCell,
    current: FeedCell,
    reason: z.string().max(500),
  })
  .strict();
export type FeedCorrection = z.infer<typeof FeedCorrection>;

/** A helping → helped city pair (input data with its source and confidence, not law). */
export const FeedPairing = z
  .object({
    helping: RegionCode,
    helped: RegionCode,
    counties: z.array(RegionCode).max(200).optional(),
    source: z.string().max(500),
    confidence: z.enum(["high", "medium", "low"]),
  })
  .strict();
export type FeedPairing = z.infer<typeof FeedPairing>;

/**
 * The public feed of official indicators: what the CLI publishes and the widgets render.
 * Aggregated, identifier-free, small counts suppressed. Served as `latest.json` and
 * `releases/<YYYY-MM>.json`.
 *
 * @example
 * PublicFeed.safeParse({}).success //=> false
 */
export const PublicFeed = z
  .object({
    schemaVersion: z.string().regex(/^1\.\d+\.\d+$/, "1.x.y"),
    release: Month,
    asOf: Month,
    generatedAt: z.iso.datetime({ offset: true }),
    publisher: z.object({ name: Text, url: z.url().max(500).optional() }).strict(),
    licence: z
      .object({ id: z.string().max(100), name: z.string().max(200), url: z.url().max(500) })
      .strict(),
    /** `sha256-` + hex digest of the canonical JSON of the feed without this field. */
    checksum: z.string().regex(/^sha256-[0-9a-f]{64}$/),
    /** True for synthetic data: every view of it must say so. */
    sample: z.boolean(),
    source: Text,
    months: z.array(Month).min(1).max(1200),
    indicators: z
      .array(
        z.object({ id: IndicatorId, name: Text, unit: Text, countsPeople: z.boolean() }).strict(),
      )
      .max(100),
    phases: z
      .array(
        z
          .object({ id: z.enum(phaseIds), name: Text, start: z.iso.date(), end: z.iso.date() })
          .strict(),
      )
      .max(10),
    regions: z.array(FeedRegion).max(1000),
    area: z
      .object({
        counties: z.array(RegionCode).max(1000),
        sample: z.boolean(),
        source: z.string().max(500),
      })
      .strict(),
    suppression: z
      .object({ threshold: z.number().int().positive(), level: z.literal("county"), method: Text })
      .strict(),
    series: z.array(FeedSeries).max(100_000),
    targets: z.array(FeedTarget).max(100_000),
    progress: z.array(FeedProgress).max(100_000),
    timeliness: z.array(FeedTimeliness).max(1000),
    corrections: z.array(FeedCorrection).max(100_000),
    pairings: z.array(FeedPairing).max(1000),
  })
  .strict();
export type PublicFeed = z.infer<typeof PublicFeed>;
