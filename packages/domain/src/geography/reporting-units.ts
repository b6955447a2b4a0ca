import type { LocalizedText } from "../i18n/localized-text.js";
import {
  cities,
  cityOf,
  countiesOf,
  countyLevelUnits,
  type Division,
  getDivision,
} from "./divisions.js";

/**
 * The districts that report as units of their own, apart from their city (§六: "各地级以上市和
 * 顺德区团委、志愿者联合会…于每月20日前上报"). Data, so that a changed notice is a data change.
 *
 * @example
 * separatelyReportingDistricts.map((d) => d.code) //=> ["440606"]
 */
export const separatelyReportingDistricts: readonly {
  readonly code: string;
  readonly clause: string;
}[] = [{ code: "440606", clause: "§六 各地级以上市和顺德区" }];

/**
 * A unit that sends the monthly report (§六): a prefecture-level city, or a district that
 * reports on its own (Shunde). `city` is the city it lies in (itself for a city).
 *
 * @example
 * const shunde: ReportingUnit = {
 *   code: "440606",
 *   name: { "zh-CN": "顺德区", en: "Shunde" },
 *   kind: "district",
 *   city: "440600",
 * };
 */
export interface ReportingUnit {
  readonly code: string;
  readonly name: LocalizedText;
  readonly kind: "city" | "district";
  readonly city: string;
}

function unitOf(division: Division): ReportingUnit {
  return division.level === "city"
    ? { code: division.code, name: division.name, kind: "city", city: division.code }
    : { code: division.code, name: division.name, kind: "district", city: division.parent ?? "" };
}

const districtCodes = new Set(separatelyReportingDistricts.map((d) => d.code));
const districtUnits = [...districtCodes].flatMap((code) => {
  const division = getDivision(code);
  return division ? [division] : [];
});

/**
 * The 22 reporting units of §六 in code order: the 21 prefecture-level cities and Shunde.
 *
 * @example
 * reportingUnits.length //=> 22
 * reportingUnits.map((u) => u.code).slice(5, 8) //=> ["440600", "440606", "440700"]
 */
export const reportingUnits: readonly ReportingUnit[] = [...cities, ...districtUnits]
  .sort((a, b) => (a.code < b.code ? -1 : 1))
  .map(unitOf);

const unitsByCode = new Map(reportingUnits.map((u) => [u.code, u]));

/**
 * The reporting unit with a code, or `undefined` if the code is not one of {@link reportingUnits}.
 *
 * @example
 * getReportingUnit("440606")?.kind //=> "district"
 * getReportingUnit("440605") //=> undefined
 */
export function getReportingUnit(code: unknown): ReportingUnit | undefined {
  return typeof code === "string" ? unitsByCode.get(code) : undefined;
}

/**
 * The reporting unit whose report covers a county-level unit (or a city): Shunde for 440606,
 * otherwise the unit's city. `undefined` for the province and unknown codes.
 *
 * @example
 * reportingUnitOf("440606")?.code //=> "440606"
 * reportingUnitOf("440605")?.code //=> "440600"
 * reportingUnitOf("442000")?.code //=> "442000"
 */
export function reportingUnitOf(code: unknown): ReportingUnit | undefined {
  if (typeof code === "string" && districtCodes.has(code)) return unitsByCode.get(code);
  return unitsByCode.get(cityOf(code)?.code ?? "");
}

/**
 * The county-level units a reporting unit reports for, in code order: Foshan its districts but
 * Shunde, Shunde itself only, Dongguan and Zhongshan themselves as one unit each, every other
 * city all its county-level units. `[]` for a code that is not a reporting unit.
 *
 * @example
 * unitCounties("440600").map((c) => c.code) //=> ["440604", "440605", "440607", "440608"]
 * unitCounties("440606").map((c) => c.code) //=> ["440606"]
 * unitCounties("441900").map((c) => c.code) //=> ["441900"]
 */
export function unitCounties(unitCode: unknown): readonly Division[] {
  const unit = getReportingUnit(unitCode);
  if (!unit) return [];
  if (unit.kind === "district") return districtUnits.filter((d) => d.code === unit.code);
  const own = countiesOf(unit.code);
  if (own.length === 0) return countyLevelUnits().filter((u) => u.code === unit.code);
  return own.filter((c) => !districtCodes.has(c.code));
}
