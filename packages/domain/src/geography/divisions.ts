import type { LocalizedText } from "../i18n/localized-text.js";
import { countyKindOf, type DivisionKind, type DivisionLevel } from "./division-kind.js";
import { cityRows, countyRows, provinceRow } from "./divisions.generated.js";
import { divisionEnglishNames } from "./english-names.js";

export { divisionSource } from "./divisions.generated.js";

/**
 * One administrative division of Guangdong with its GB/T 2260 code. `name.en` is the English
 * name where {@link divisionEnglishNames} has one (province, cities, Shunde) and otherwise the
 * Chinese name again: county names are not translated.
 *
 * @example
 * const shunde: Division = {
 *   code: "440606",
 *   name: { "zh-CN": "顺德区", en: "Shunde" },
 *   level: "county",
 *   parent: "440600",
 *   kind: "district",
 * };
 */
export interface Division {
  /** 6-digit GB/T 2260 code. */
  readonly code: string;
  readonly name: LocalizedText;
  readonly level: DivisionLevel;
  /** Code of the division it belongs to; `null` for the province. */
  readonly parent: string | null;
  readonly kind: DivisionKind;
}

function nameOf(code: string, zh: string): LocalizedText {
  return { "zh-CN": zh, en: divisionEnglishNames[code] ?? zh };
}

/**
 * Guangdong province (440000 广东省).
 *
 * @example
 * province.name //=> { "zh-CN": "广东省", en: "Guangdong" }
 */
export const province: Division = {
  code: provinceRow[0],
  name: nameOf(provinceRow[0], provinceRow[1]),
  level: "province",
  parent: null,
  kind: "province",
};

/**
 * Guangdong's 21 prefecture-level cities in code order.
 *
 * @example
 * cities.length //=> 21
 * cities[0].name //=> { "zh-CN": "广州市", en: "Guangzhou" }
 */
export const cities: readonly Division[] = cityRows.map(([code, zh]) => ({
  code,
  name: nameOf(code, zh),
  level: "city",
  parent: province.code,
  kind: "prefecture-level-city",
}));

/**
 * Guangdong's 122 county-level units (districts, counties, autonomous counties, county-level
 * cities) in code order. Dongguan and Zhongshan have none; see {@link countyLevelUnits} for the
 * 124 units the programme reports on.
 *
 * @example
 * counties.length //=> 122
 * counties.find((c) => c.code === "440825")?.kind //=> "county"
 */
export const counties: readonly Division[] = countyRows.map(([code, zh, city]) => ({
  code,
  name: nameOf(code, zh),
  level: "county",
  parent: city,
  // Every row of the generated table has a known suffix (tested); "county" only guards the type.
  kind: countyKindOf(zh) ?? "county",
}));

const byCode = new Map<string, Division>(
  [province, ...cities, ...counties].map((d) => [d.code, d]),
);

const countiesByCity = new Map<string, Division[]>(cities.map((c) => [c.code, []]));
for (const county of counties) countiesByCity.get(county.parent as string)?.push(county);

const units: readonly Division[] = [
  ...counties,
  ...cities.filter((c) => countiesByCity.get(c.code)?.length === 0),
].sort((a, b) => (a.code < b.code ? -1 : 1));

/**
 * The division with a GB/T 2260 code (a 6-digit string), or `undefined` for anything else.
 *
 * @example
 * getDivision("440606")?.name["zh-CN"] //=> "顺德区"
 * getDivision("449999") //=> undefined
 * getDivision(440606) //=> undefined (codes are strings)
 */
export function getDivision(code: unknown): Division | undefined {
  return typeof code === "string" ? byCode.get(code) : undefined;
}

/**
 * The prefecture-level city a division belongs to: a county's city, or a city itself.
 * `undefined` for the province and unknown codes.
 *
 * @example
 * cityOf("440606")?.name.en //=> "Foshan"
 * cityOf("441900")?.code //=> "441900"
 */
export function cityOf(code: unknown): Division | undefined {
  const division = getDivision(code);
  if (division?.level === "city") return division;
  if (division?.level === "county") return getDivision(division.parent);
  return undefined;
}

/**
 * The county-level units of a prefecture-level city in code order; `[]` for Dongguan and
 * Zhongshan (no counties) and for anything that is not a city code.
 *
 * @example
 * countiesOf("440600").map((c) => c.code) //=> ["440604", "440605", "440606", "440607", "440608"]
 * countiesOf("441900") //=> []
 */
export function countiesOf(cityCode: unknown): readonly Division[] {
  return (typeof cityCode === "string" && countiesByCity.get(cityCode)) || [];
}

/**
 * The 124 county-level reporting units in code order: the 122 county-level units plus Dongguan
 * (441900) and Zhongshan (442000), which have no counties and stand as one unit each (these two
 * keep `level: "city"`).
 *
 * @example
 * countyLevelUnits().length //=> 124
 * countyLevelUnits().filter((u) => u.level === "city").map((u) => u.code) //=> ["441900", "442000"]
 */
export function countyLevelUnits(): readonly Division[] {
  return units;
}
