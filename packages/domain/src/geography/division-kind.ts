/** Where a division sits in GB/T 2260: the province, a prefecture-level city, a county-level unit. */
export type DivisionLevel = "province" | "city" | "county";

/** What kind of county-level unit a division is, as its Chinese name says. */
export type CountyKind = "district" | "county" | "autonomous-county" | "county-level-city";

/** What kind of division it is: the province, a prefecture-level city or a {@link CountyKind}. */
export type DivisionKind = "province" | "prefecture-level-city" | CountyKind;

// Longest suffix first: 乳源瑶族自治县 is an autonomous county, not a plain 县.
const suffixes: readonly (readonly [suffix: string, kind: CountyKind])[] = [
  ["自治县", "autonomous-county"],
  ["区", "district"],
  ["县", "county"],
  ["市", "county-level-city"],
];

/**
 * The kind of a county-level unit, read from the suffix of its Chinese name (区 district, 县
 * county, 自治县 autonomous county, 市 county-level city); `undefined` for any other ending.
 *
 * @example
 * countyKindOf("顺德区") //=> "district"
 * countyKindOf("乳源瑶族自治县") //=> "autonomous-county"
 * countyKindOf("雷州市") //=> "county-level-city"
 */
export function countyKindOf(name: string): CountyKind | undefined {
  return suffixes.find(([suffix]) => name.endsWith(suffix))?.[1];
}
