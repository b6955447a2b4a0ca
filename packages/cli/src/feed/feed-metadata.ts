import {
  cityPairings,
  type FeedPairing,
  indicators,
  type LocalizedText,
  type PublicFeed,
  phases,
} from "@zhucan/domain";

/**
 * The catalog's indicators as the feed lists them.
 *
 * @example
 * feedIndicators().find((i) => i.id === "youths-covered")?.countsPeople //=> true
 */
export function feedIndicators(): PublicFeed["indicators"] {
  return indicators.map((i) => ({
    id: i.id,
    name: { "zh-CN": i.name["zh-CN"], en: i.name.en },
    unit: { "zh-CN": i.unit["zh-CN"], en: i.unit.en },
    countsPeople: i.countsPeople,
  }));
}

/**
 * The three phases of §四 as the feed lists them (`end` exclusive).
 *
 * @example
 * feedPhases()[0] //=> { id: "foundation", name: { "zh-CN": "基础建设阶段", en: "Foundation" }, start: "2016-08-01", end: "2017-01-01" }
 */
export function feedPhases(): PublicFeed["phases"] {
  return phases.map((p) => ({
    id: p.id,
    name: { "zh-CN": p.name["zh-CN"], en: p.name.en },
    start: p.start,
    end: p.end,
  }));
}

/**
 * The helping → helped pairings (input data with source and confidence, not law).
 *
 * @example
 * feedPairings().length //=> 13
 */
export function feedPairings(): FeedPairing[] {
  return cityPairings.map((p) => ({
    helping: p.helping,
    helped: p.helped,
    ...(p.counties !== undefined && { counties: [...p.counties] }),
    source: p.source,
    confidence: p.confidence,
  }));
}

/**
 * How the feed describes its small-cell suppression (DOMAIN.md, Privacy, DECISION).
 *
 * @example
 * suppressionMethod.en.startsWith("County-level counts of people from 1 to 4") //=> true
 */
export const suppressionMethod: LocalizedText = {
  "zh-CN":
    "县级单位（含东莞、中山两市本身）涉及人数的指标，1至4人的数值公布为“<5”（一次隐匿）。" +
    "为使隐匿值无法由公布的合计减去公布的分项推算出来，同一合计（市、省）中只有一个隐匿值时，" +
    "再隐匿最小的非零分项（必要时隐匿该市合计）并标为“suppressed”（二次隐匿）；" +
    "并检查各月累计数不减、“<5”即1至4、隐匿的县级非“<5”值不小于5以及上一期发布的数字，" +
    "直至任何“<5”值都无法被推算或缩小范围。0照常公布。",
  en:
    "County-level counts of people from 1 to 4 (Dongguan and Zhongshan count as county-level " +
    'units) are published as "<5" (primary suppression). So that no hidden figure can be ' +
    "recomputed as a published total less its published parts, wherever a city or province " +
    "total has exactly one hidden part the smallest non-zero part (or, failing that, the city " +
    'total) is hidden too, as "suppressed" (secondary suppression). The pattern is then ' +
    'audited against cumulative counts never falling, "<5" meaning 1–4, a hidden county figure ' +
    'that is not "<5" being at least 5 and the previous release\'s figures, and widened until no ' +
    '"<5" figure can be recomputed or narrowed. Zeros are published.',
};
