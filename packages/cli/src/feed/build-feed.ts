import {
  addMonths,
  type FeedCell,
  type FeedSeries,
  feedSchemaVersion,
  type IndicatorId,
  indicators,
  type LocalizedText,
  type MonthlyReport,
  monthsBetween,
  type ProgrammeArea,
  type PublicFeed,
  phases,
  type ReportedIndicatorId,
  type ReportTimelinessOptions,
  reportingUnitOf,
} from "@zhucan/domain";
import { type AggregateOptions, aggregateIndicator } from "./aggregate.js";
import { type ChangedCell, correctionsLog } from "./corrections-log.js";
import { type CountyValues, countyValues } from "./county-values.js";
import { checksummedText } from "./feed-checksum.js";
import { feedIndicators, feedPairings, feedPhases, suppressionMethod } from "./feed-metadata.js";
import { type FeedProgressOptions, feedProgress, type PublishedFigure } from "./feed-progress.js";
import { type RegionHierarchy, regionHierarchy } from "./feed-regions.js";
import { feedTargets } from "./feed-targets.js";
import { publishableText } from "./publishable-text.js";
import type { CellGrid, PreviousGrid } from "./suppression/cell-grid.js";
import { publishedForm, suppressCells } from "./suppression/suppress-cells.js";
import { reportsOnTime, unitTimeliness } from "./unit-timeliness.js";

/** The programme area a feed is built for, with where the list comes from. */
export type FeedArea = ProgrammeArea & { readonly sample: boolean; readonly source: string };

/** Options of {@link buildFeed}. */
export interface BuildFeedOptions {
  /** The release (= as-of month), `YYYY-MM`. Default: the latest month any report is for. */
  readonly release?: string;
  /**
   * When the feed was generated, ISO 8601 with offset. **DECISION**: by default not the wall
   * clock (the same reports must give the same bytes) but the latest receipt time of the
   * reports included, in Beijing time; if none was recorded, the end of the release month.
   */
  readonly generatedAt?: string;
  /** The programme area (input data: the notice does not list the 70 counties). */
  readonly area: FeedArea;
  /** True for synthetic data: every view of the feed must say so. */
  readonly sample: boolean;
  readonly publisher?: PublicFeed["publisher"];
  readonly licence?: PublicFeed["licence"];
  /** Where the figures come from, in zh-CN and en. */
  readonly source?: LocalizedText;
  /** The release before this one: its log is kept, changes against it logged and audited. */
  readonly previous?: PublicFeed;
  readonly aggregate?: AggregateOptions;
  readonly timeliness?: ReportTimelinessOptions;
  readonly progress?: FeedProgressOptions;
  /**
   * **DECISION**: correction reasons are published `"masked"` (IDs, mobile numbers and the
   * reports' `filledBy` names and contacts removed: see `publishableText`) by default, or
   * `"withheld"` (a fixed text instead, for programmes that prefer no free text in public).
   */
  readonly correctionReasons?: "masked" | "withheld";
}

/**
 * Defaults of {@link BuildFeedOptions}. **DECISION**: the publisher is the two bodies the
 * reports go to (§六); the licence, which the notice does not set, is CC BY 4.0.
 *
 * @example
 * buildFeedDefaults.licence.id //=> "CC-BY-4.0"
 */
export const buildFeedDefaults = {
  publisher: {
    name: {
      "zh-CN": "共青团广东省委员会 · 广东省志愿者联合会",
      en: "Guangdong Provincial Committee of the Communist Youth League · Guangdong Volunteers Federation",
    },
  },
  licence: {
    id: "CC-BY-4.0",
    name: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  source: {
    "zh-CN": "各地级以上市及顺德区团委、志愿者联合会每月上报的数据（团粤联发〔2016〕52号 §六）",
    en: "Monthly reports of the Youth League committees and volunteer federations of the 21 cities and Shunde (notice 团粤联发〔2016〕52号, §六)",
  },
  correctionReasons: "masked",
  withheldReason: "原因未公开 · reason not published",
} as const;

/** The suppression threshold the feed's `"<5"` label stands for (DOMAIN.md, Privacy). */
const threshold = 5;

/**
 * Builds the public feed from monthly reports: figures per county-level unit after corrections
 * (the latest report wins), summed to cities and the province, timeliness per unit and month,
 * targets and progress at the release month, small counts suppressed with secondary
 * suppression, the corrections log against `previous`, and the checksum. Pure and deterministic:
 * no clock, no I/O, every list in a fixed order, so the same reports and options give the same
 * feed, byte for byte once serialised by `canonicalJson`.
 *
 * Reports of months after the release are left out (so past releases can be rebuilt from the
 * full set); `filledBy` and notes are never published.
 *
 * @throws {RangeError} when there is no release month (no reports and none given), a release
 * before the programme (2016-08), or a `previous` release that is not earlier than this one.
 * @example
 * const feed = buildFeed(reports, { area: sampleProgrammeArea, sample: true });
 * parseFeed(feed).ok //=> true
 */
export function buildFeed(
  reports: readonly MonthlyReport[],
  options: BuildFeedOptions,
): PublicFeed {
  return buildFeedText(reports, options).feed;
}

/**
 * {@link buildFeed}, with the feed's canonical JSON text (`canonicalJson(feed)`, what
 * `zhucan build` writes), serialised once for both the checksum and the text.
 *
 * @throws {RangeError} as `buildFeed`.
 * @example
 * const { feed, text } = buildFeedText(reports, { area: sampleProgrammeArea, sample: true });
 * text === canonicalJson(feed) //=> true
 */
export function buildFeedText(
  reports: readonly MonthlyReport[],
  options: BuildFeedOptions,
): { feed: PublicFeed; text: string } {
  const first = phases[0]?.firstMonth ?? "2016-08";
  const release = options.release ?? latestMonth(reports);
  if (release === undefined) throw new RangeError("No reports and no release month");
  if (release < first)
    throw new RangeError(`Release ${release} is before the programme (${first})`);
  const previous = options.previous;
  if (previous && previous.release >= release) {
    throw new RangeError(`The previous release ${previous.release} is not before ${release}`);
  }
  const months = monthsBetween(first, release);
  const included = reports.filter((r) => r.month >= first && r.month <= release);
  const hierarchy = regionHierarchy(options.area);
  const area = new Set(options.area.counties);
  const current = countyValues(included, months);
  const before = previous
    ? countyValues(
        included.filter((r) => r.month <= previous.release),
        months,
      )
    : undefined;
  const privateStrings = included.flatMap((r) =>
    [r.filledBy.name, r.filledBy.contact].filter((s): s is string => typeof s === "string"),
  );
  const withheld =
    (options.correctionReasons ?? buildFeedDefaults.correctionReasons) === "withheld";
  const publish = (reason: string) =>
    withheld ? buildFeedDefaults.withheldReason : publishableText(reason, 500, { privateStrings });

  const timeliness = unitTimeliness(included, months, options.timeliness);
  const series: FeedSeries[] = [];
  const changed: ChangedCell[] = [];
  for (const indicator of indicators) {
    if (indicator.aggregation === "reporting-units") {
      series.push({
        indicator: indicator.id,
        region: hierarchy.province,
        values: reportsOnTime(timeliness),
      });
      continue;
    }
    const id = indicator.id as ReportedIndicatorId;
    const grid = gridOf(current, id, hierarchy, options.aggregate);
    const previousGrid =
      previous && before
        ? previousGridOf(before, id, hierarchy, previous, options.aggregate)
        : undefined;
    const status = indicator.countsPeople
      ? suppressCells(grid, { threshold, ...(previousGrid && { previous: previousGrid }) })
      : new Uint8Array(grid.values.length);
    const forms = grid.values.map((v, cell) => publishedForm(v, status[cell] as number));
    hierarchy.regions.forEach((region, r) => {
      series.push({
        indicator: id,
        region: region.code,
        values: forms.slice(r * months.length, (r + 1) * months.length),
      });
    });
    if (previousGrid)
      changed.push(...changedCells(grid, previousGrid, forms, id, hierarchy, months));
  }

  const asOf = months.length - 1;
  const figures: PublishedFigure[] = series.map((s) => ({
    indicator: s.indicator as IndicatorId,
    region: s.region,
    actual: s.values[asOf] as FeedCell,
  }));
  const feed: Omit<PublicFeed, "checksum"> = {
    schemaVersion: feedSchemaVersion,
    release,
    asOf: release,
    generatedAt: options.generatedAt ?? defaultGeneratedAt(included, release),
    publisher: options.publisher ?? buildFeedDefaults.publisher,
    licence: options.licence ?? buildFeedDefaults.licence,
    sample: options.sample,
    source: options.source ?? buildFeedDefaults.source,
    months,
    indicators: feedIndicators(),
    phases: feedPhases(),
    regions: [...hierarchy.regions],
    area: {
      counties: [...area].sort(),
      sample: options.area.sample,
      source: options.area.source,
    },
    suppression: { threshold, level: "county", method: suppressionMethod },
    series,
    targets: feedTargets(hierarchy, area),
    progress: feedProgress(figures, release, hierarchy, area, options.progress),
    timeliness,
    corrections: correctionsLog(
      previous?.corrections ?? [],
      release,
      changed,
      current.restatements.filter((r) => !previous || r.reportMonth > previous.release),
      { publish },
    ),
    pairings: feedPairings(),
  };
  const { checksum, text } = checksummedText(feed);
  return { feed: { ...feed, checksum } as PublicFeed, text };
}

function latestMonth(reports: readonly MonthlyReport[]): string | undefined {
  return reports.reduce<string | undefined>(
    (m, r) => (m === undefined || r.month > m ? r.month : m),
    undefined,
  );
}

function gridOf(
  values: CountyValues,
  id: ReportedIndicatorId,
  hierarchy: RegionHierarchy,
  aggregate: AggregateOptions | undefined,
): CellGrid {
  return aggregateIndicator(
    (code) => values.values.get(code)?.[id],
    hierarchy,
    values.months.length,
    aggregate,
  );
}

// The previous release as the public saw it: its figures (recomputed from the reports it had,
// overridden by what it published) and its published forms, aligned with this release's cells.
function previousGridOf(
  before: CountyValues,
  id: ReportedIndicatorId,
  hierarchy: RegionHierarchy,
  previous: PublicFeed,
  aggregate: AggregateOptions | undefined,
): PreviousGrid {
  const grid = gridOf(before, id, hierarchy, aggregate);
  const n = before.months.length;
  const monthIndex = new Map(previous.months.map((m, i) => [m, i]));
  const forms: (FeedCell | undefined)[] = new Array(grid.values.length).fill(undefined);
  const values = [...grid.values];
  const byRegion = new Map(
    previous.series.filter((s) => s.indicator === id).map((s) => [s.region, s.values]),
  );
  hierarchy.regions.forEach((region, r) => {
    const published = byRegion.get(region.code);
    if (!published) return;
    before.months.forEach((month, m) => {
      const i = monthIndex.get(month);
      if (i === undefined) return;
      const form = published[i];
      forms[r * n + m] = form;
      if (typeof form === "number") values[r * n + m] = form;
    });
  });
  return { values, forms, equations: grid.equations };
}

function changedCells(
  grid: CellGrid,
  previous: PreviousGrid,
  forms: readonly FeedCell[],
  indicator: ReportedIndicatorId,
  hierarchy: RegionHierarchy,
  months: readonly string[],
): ChangedCell[] {
  const out: ChangedCell[] = [];
  const n = months.length;
  hierarchy.regions.forEach((region, r) => {
    if (!grid.countyLevel[r]) return;
    for (let m = 0; m < n; m++) {
      const cell = r * n + m;
      const was = previous.forms[cell];
      const now = grid.values[cell];
      if (was === undefined || was === null || now === null || now === undefined) continue;
      if (previous.values[cell] === now) continue;
      out.push({
        unit: reportingUnitOf(region.code)?.code ?? region.code,
        month: months[m] as string,
        indicator,
        region: region.code,
        previous: was,
        current: forms[cell] as FeedCell,
      });
    }
  });
  return out;
}

function defaultGeneratedAt(reports: readonly MonthlyReport[], release: string): string {
  let latest = Number.NEGATIVE_INFINITY;
  for (const r of reports) {
    if (r.receivedAt !== null) latest = Math.max(latest, Date.parse(r.receivedAt));
  }
  if (latest === Number.NEGATIVE_INFINITY) return `${addMonths(release, 1)}-01T00:00:00+08:00`;
  return beijingIso(new Date(latest));
}

// ISO 8601 on Beijing's clock (UTC+8 all year since 1991), e.g. "2019-01-18T10:00:00+08:00".
function beijingIso(instant: Date): string {
  const local = new Date(instant.getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 19)}${local.slice(19, 23) === ".000" ? "" : local.slice(19, 23)}+08:00`;
}
