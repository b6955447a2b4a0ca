import type { FeedCell, FeedProgress, Locale, PublicFeed } from "@zhucan/domain";
import {
  cityCodeOf,
  type TileGrid,
  type TileGridLevel,
  tileGridLayout,
} from "../../layout/tile-grid.js";
import type { ProgressStatus } from "../../styles/status.js";

/** What the map colours its regions by. */
export type MapColorBy = "status" | "value";

/** The choices that decide what a progress map shows. */
export interface MapChoice {
  readonly level: TileGridLevel;
  readonly indicator: string;
  /** `YYYY-MM`; the feed's as-of month when absent. Statuses are always as of `feed.asOf`. */
  readonly month?: string | undefined;
}

/** One region of the map with everything the cell, tooltip, table and event say about it. */
export interface MapRegion {
  /** GB/T 2260 code. */
  readonly code: string;
  readonly level: "province" | "city" | "county";
  /** Full name in the locale (the feed's, else the Chinese name the tile grid carries). */
  readonly name: string;
  /** Its city's code and name (the region itself at city level, and for Dongguan, Zhongshan). */
  readonly city: string;
  readonly cityName: string;
  /** One of the programme's poverty counties (`feed.regions[].inProgrammeArea`, else `feed.area`); `undefined` at city level. */
  readonly inProgrammeArea: boolean | undefined;
  /** The published value in the chosen month; `undefined` when the feed has no series for it. */
  readonly value: FeedCell | undefined;
  /** The progress status as of the feed's as-of month. */
  readonly status: ProgressStatus;
  readonly progress: FeedProgress | undefined;
  readonly column: number;
  readonly row: number;
}

/** The regions of one map, laid out on the tile grid, and what was chosen. */
export interface MapModel {
  readonly grid: TileGrid;
  readonly regions: readonly MapRegion[];
  readonly indicator: string;
  /** The month shown (`YYYY-MM`) and its index in `feed.months` (`-1`: not in the feed). */
  readonly month: string;
  readonly monthIndex: number;
  /** The largest number among the regions' values (0 when none), for the value scale. */
  readonly max: number;
}

interface FeedIndex {
  readonly series: ReadonlyMap<string, readonly FeedCell[]>;
  readonly progress: ReadonlyMap<string, FeedProgress>;
  readonly regions: ReadonlyMap<string, PublicFeed["regions"][number]>;
  readonly area: ReadonlySet<string>;
}

const indexes = new WeakMap<PublicFeed, FeedIndex>();

// Maps of the feed's rows by indicator|region, built once per feed: a province feed has
// thousands of series and the map looks up 124 regions on every render.
function feedIndex(feed: PublicFeed): FeedIndex {
  let index = indexes.get(feed);
  if (!index) {
    index = {
      series: new Map(feed.series.map((s) => [`${s.indicator}|${s.region}`, s.values])),
      progress: new Map(feed.progress.map((p) => [`${p.indicator}|${p.region}`, p])),
      regions: new Map(feed.regions.map((r) => [r.code, r])),
      area: new Set(feed.area.counties),
    };
    indexes.set(feed, index);
  }
  return index;
}

function nameIn(index: FeedIndex, code: string, locale: Locale, fallback = code): string {
  return index.regions.get(code)?.name[locale] ?? fallback;
}

/**
 * The status a region shows: its progress row's, else `no-data` when it has no figure for the
 * as-of month, else `no-target` (a figure but no target to measure it against).
 *
 * @example
 * regionStatus(undefined, 120) //=> "no-target"
 * regionStatus(undefined, null) //=> "no-data"
 */
export function regionStatus(
  progress: FeedProgress | undefined,
  asOfValue: FeedCell | undefined,
): ProgressStatus {
  if (progress) return progress.status;
  return asOfValue === undefined || asOfValue === null ? "no-data" : "no-target";
}

/**
 * Builds the map's regions from the feed: one per cell of the tile grid of `choice.level`, with
 * its name, city, programme-area flag, value in the chosen month and status. Regions the feed
 * does not list still get their cell (no data), so the map is always the whole province.
 *
 * @example
 * const model = progressMapModel(feed, { level: "county", indicator: "youths-covered" }, "en");
 * model.regions.length //=> 124
 * model.regions.find((r) => r.code === "441426")?.value //=> 600
 */
export function progressMapModel(feed: PublicFeed, choice: MapChoice, locale: Locale): MapModel {
  const index = feedIndex(feed);
  const grid = tileGridLayout(choice.level);
  const month = choice.month ?? feed.asOf;
  const monthIndex = feed.months.indexOf(month);
  const asOfIndex = feed.months.length - 1;
  let max = 0;
  const cityNames = new Map(tileGridLayout("city").cells.map((c) => [c.code, c.name]));
  const regions = grid.cells.map((cell): MapRegion => {
    const key = `${choice.indicator}|${cell.code}`;
    const values = index.series.get(key);
    const value = values && monthIndex >= 0 ? values[monthIndex] : undefined;
    if (typeof value === "number") max = Math.max(max, value);
    const progress = index.progress.get(key);
    const feedRegion = index.regions.get(cell.code);
    const city = choice.level === "city" ? cell.code : cityCodeOf(cell.code);
    return {
      code: cell.code,
      // Dongguan and Zhongshan (codes ending 00) are cities standing as county-level units.
      level: feedRegion?.level ?? (cell.code.endsWith("00") ? "city" : "county"),
      name: nameIn(index, cell.code, locale, cell.name),
      city,
      cityName: nameIn(index, city, locale, cityNames.get(city)),
      inProgrammeArea:
        choice.level === "city"
          ? undefined
          : (feedRegion?.inProgrammeArea ?? index.area.has(cell.code)),
      value,
      status: regionStatus(progress, values?.[asOfIndex]),
      progress,
      column: cell.column,
      row: cell.row,
    };
  });
  return { grid, regions, indicator: choice.indicator, month, monthIndex, max };
}
