import {
  cities,
  countiesOf,
  type Division,
  type FeedRegion,
  type ProgrammeArea,
  province,
} from "@zhucan/domain";

/** A city and the county-level units whose figures make its figure. */
export interface CityUnits {
  readonly code: string;
  /** County-level unit codes; Dongguan and Zhongshan: their own code (the city is the unit). */
  readonly units: readonly string[];
}

/** The regions of the feed, in the feed's order, and how they add up. */
export interface RegionHierarchy {
  readonly province: string;
  readonly cities: readonly CityUnits[];
  /** The province, then the 21 cities, then the 122 counties, each group in code order. */
  readonly regions: readonly FeedRegion[];
}

/**
 * The feed's regions: Guangdong, its 21 cities and its 122 county-level units (Shunde among
 * Foshan's: it reports on its own but its figures are Foshan's too). **DECISION**: Dongguan and
 * Zhongshan, which have no counties, appear once, as cities: their county-level figure *is* the
 * city figure, so the county-level suppression rule applies to their city cells, and a second
 * region with the same code would only repeat it.
 *
 * @example
 * const h = regionHierarchy({ counties: ["441481"] });
 * h.regions.length //=> 144
 * h.regions.find((r) => r.code === "441481")?.inProgrammeArea //=> true
 * h.cities.find((c) => c.code === "441900")?.units //=> ["441900"]
 */
export function regionHierarchy(area: ProgrammeArea): RegionHierarchy {
  const inArea = new Set(area.counties);
  // Keys in canonical (code-unit) order, as the feed's text has them (see feedTargets).
  const region = (d: Division, level: FeedRegion["level"]): FeedRegion => ({
    code: d.code,
    ...(level === "county" && { inProgrammeArea: inArea.has(d.code) }),
    level,
    name: { en: d.name.en, "zh-CN": d.name["zh-CN"] },
    parent: d.parent,
  });
  const cityUnits = cities.map((city) => {
    const own = countiesOf(city.code);
    return { code: city.code, units: own.length > 0 ? own.map((c) => c.code) : [city.code] };
  });
  const countyRegions = cities
    .flatMap((city) => countiesOf(city.code))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((d) => region(d, "county"));
  return {
    province: province.code,
    cities: cityUnits,
    regions: [
      region(province, "province"),
      ...cities.map((c) => region(c, "city")),
      ...countyRegions,
    ],
  };
}
