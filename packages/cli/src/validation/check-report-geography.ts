import {
  countyLevelUnits,
  getDivision,
  getReportingUnit,
  reportingUnitOf,
  unitCounties,
} from "@zhucan/domain";
import type { LocatedProblem } from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { reportProblem } from "./report-problem.js";

const countyLevelCodes = new Set(countyLevelUnits().map((u) => u.code));

/** Options of {@link checkReportGeography}. */
export interface CheckReportGeographyOptions {
  /**
   * **DECISION**: a report lists every county-level unit of its reporting unit (the template
   * pre-fills them), so a county left out is a problem (`county-missing`), not a silent gap in
   * the feed. Set to `false` to accept partial reports.
   */
  readonly requireEveryCounty?: boolean;
}

/**
 * The defaults of {@link CheckReportGeographyOptions}.
 *
 * @example
 * checkReportGeographyDefaults.requireEveryCounty //=> true
 */
export const checkReportGeographyDefaults: Required<CheckReportGeographyOptions> = {
  requireEveryCounty: true,
};

/**
 * Checks a report's unit and county codes against the divisions: `unit-unknown` (not one of the
 * 22 reporting units of §六), `county-unknown` (not a county-level unit of Guangdong),
 * `county-not-in-unit` (a county another unit reports), `county-duplicate`, `county-missing`;
 * and the county codes of its corrections the same way.
 *
 * @example
 * checkReportGeography({ report: { ...report, unit: "441499" } }).map((p) => p.code)
 * //=> ["unit-unknown"]
 */
export function checkReportGeography(
  located: LocatedReport,
  options: CheckReportGeographyOptions = {},
): LocatedProblem[] {
  const { requireEveryCounty } = { ...checkReportGeographyDefaults, ...options };
  const { report, source } = located;
  const problems: LocatedProblem[] = [];
  const unit = getReportingUnit(report.unit);
  if (!unit) {
    problems.push(
      reportProblem(
        located,
        "unit-unknown",
        {
          "zh-CN": `报送单位代码 ${report.unit} 不是报送单位（21个地级以上市和顺德区）`,
          en: `${report.unit} is not a reporting unit (the 21 cities and Shunde)`,
        },
        source?.fieldRows?.unit,
        "B",
      ),
    );
    return problems;
  }
  const own = new Set(unitCounties(unit.code).map((c) => c.code));
  const countyProblem = (code: string, row: number | undefined, column: string) => {
    if (!countyLevelCodes.has(code)) {
      return reportProblem(
        located,
        "county-unknown",
        {
          "zh-CN": `县区代码 ${code} 不是广东省的县级行政区`,
          en: `${code} is not a county-level unit of Guangdong`,
        },
        row,
        column,
      );
    }
    if (!own.has(code)) {
      const name = getDivision(code)?.name;
      const other = reportingUnitOf(code);
      return reportProblem(
        located,
        "county-not-in-unit",
        {
          "zh-CN": `${code} ${name?.["zh-CN"] ?? ""}不属于${unit.name["zh-CN"]}，应由${other?.name["zh-CN"] ?? "其他单位"}报送`,
          en: `${code} ${name?.en ?? ""} is not in ${unit.name.en}; ${other?.name.en ?? "another unit"} reports it`,
        },
        row,
        column,
      );
    }
    return undefined;
  };
  const seen = new Map<string, number | undefined>();
  report.counties.forEach((c, i) => {
    const row = source?.countyRows?.[i];
    const p = countyProblem(c.county, row, "A");
    if (p) problems.push(p);
    if (seen.has(c.county)) {
      const first = seen.get(c.county);
      problems.push(
        reportProblem(
          located,
          "county-duplicate",
          {
            "zh-CN": `县区 ${c.county} 出现了两次${first ? `（另见第 ${first} 行）` : ""}`,
            en: `County ${c.county} appears twice${first ? ` (see also row ${first})` : ""}`,
          },
          row,
          "A",
        ),
      );
    } else seen.set(c.county, row);
  });
  if (requireEveryCounty) {
    for (const code of own) {
      if (seen.has(code)) continue;
      const name = getDivision(code)?.name;
      problems.push(
        reportProblem(
          located,
          "county-missing",
          {
            "zh-CN": `缺少县区 ${code} ${name?.["zh-CN"] ?? ""}的一行（没有数字的请填 0）`,
            en: `The row of county ${code} ${name?.en ?? ""} is missing (write 0 where there is nothing)`,
          },
          source?.total?.row,
        ),
      );
    }
  }
  report.corrections.forEach((c, i) => {
    const p = countyProblem(
      c.county,
      source?.correctionRows?.[i],
      source?.correctionColumns?.county ?? "B",
    );
    if (p) problems.push(p);
  });
  return problems;
}
