import type {
  FeedCell,
  FeedProgress,
  FeedRegion,
  FeedTarget,
  IndicatorId,
  Locale,
  PublicFeed,
} from "@zhucan/domain";

/**
 * The feed's province region (level `province`), the default region of every element.
 *
 * @example
 * provinceOf(feed)?.code //=> "440000"
 */
export function provinceOf(feed: PublicFeed): FeedRegion | undefined {
  return feed.regions.find((r) => r.level === "province");
}

/**
 * A region of the feed by GB/T 2260 code.
 *
 * @example
 * findRegion(feed, "441400")?.name.en //=> "Meizhou"
 */
export function findRegion(feed: PublicFeed, code: string): FeedRegion | undefined {
  return feed.regions.find((r) => r.code === code);
}

/**
 * A region's name in the locale, or its code when the feed does not list it.
 *
 * @example
 * regionName(feed, "441400", "zh-CN") //=> "梅州市"
 */
export function regionName(feed: PublicFeed, code: string, locale: Locale): string {
  return findRegion(feed, code)?.name[locale] ?? code;
}

/**
 * An indicator's entry in the feed (name, unit, whether it counts people).
 *
 * @example
 * feedIndicator(feed, "youths-covered")?.countsPeople //=> true
 */
export function feedIndicator(
  feed: PublicFeed,
  id: string,
): PublicFeed["indicators"][number] | undefined {
  return feed.indicators.find((i) => i.id === id);
}

/**
 * An indicator's name in the locale, or its id when the feed does not list it.
 *
 * @example
 * indicatorName(feed, "v-stations", "en") //=> "V-stations"
 */
export function indicatorName(feed: PublicFeed, id: string, locale: Locale): string {
  return feedIndicator(feed, id)?.name[locale] ?? id;
}

/**
 * The monthly values of an indicator in a region, aligned with `feed.months`.
 *
 * @example
 * seriesValues(feed, "youths-covered", "440000")?.length === feed.months.length //=> true
 */
export function seriesValues(
  feed: PublicFeed,
  indicator: string,
  region: string,
): readonly FeedCell[] | undefined {
  return feed.series.find((s) => s.indicator === indicator && s.region === region)?.values;
}

/**
 * The index of a month in `feed.months`; the as-of (last) month when `month` is absent;
 * `-1` when the feed does not have it.
 *
 * @example
 * monthIndex(feed) === feed.months.length - 1 //=> true
 * monthIndex(feed, "1999-01") //=> -1
 */
export function monthIndex(feed: PublicFeed, month?: string | null): number {
  return month ? feed.months.indexOf(month) : feed.months.length - 1;
}

/**
 * One published value: indicator × region × month (the as-of month by default).
 *
 * @example
 * cellAt(feed, "youths-covered", "440000") //=> 2480
 */
export function cellAt(
  feed: PublicFeed,
  indicator: string,
  region: string,
  month?: string | null,
): FeedCell | undefined {
  const i = monthIndex(feed, month);
  return i < 0 ? undefined : seriesValues(feed, indicator, region)?.[i];
}

/**
 * The progress row of an indicator in a region (at the feed's as-of month).
 *
 * @example
 * progressOf(feed, "youths-covered", "440000")?.status //=> "on-track"
 */
export function progressOf(
  feed: PublicFeed,
  indicator: string,
  region: string,
): FeedProgress | undefined {
  return feed.progress.find((p) => p.indicator === indicator && p.region === region);
}

/**
 * The phase targets of an indicator in a region, in the order of `feed.phases`.
 *
 * @example
 * targetsOf(feed, "star-organisations", "440000").map((t) => t.value) //=> [350, 350, 350]
 */
export function targetsOf(feed: PublicFeed, indicator: string, region: string): FeedTarget[] {
  const order = feed.phases.map((p) => p.id as string);
  return feed.targets
    .filter((t) => t.indicator === indicator && t.region === region)
    .sort((a, b) => order.indexOf(a.phase) - order.indexOf(b.phase));
}

/**
 * Whether `id` is an indicator of the feed, narrowing it to {@link IndicatorId}.
 *
 * @example
 * hasIndicator(feed, "youths-covered") //=> true
 * hasIndicator(feed, "nonsense") //=> false
 */
export function hasIndicator(feed: PublicFeed, id: string): id is IndicatorId {
  return feed.indicators.some((i) => i.id === id);
}
