import { describe, expect, it } from "vitest";
import { cities, countyLevelUnits } from "./divisions.js";
import {
  getReportingUnit,
  reportingUnitOf,
  reportingUnits,
  unitCounties,
} from "./reporting-units.js";

describe("reporting units (§六)", () => {
  it("are the 21 cities and Shunde, in code order", () => {
    expect(reportingUnits).toHaveLength(22);
    expect(reportingUnits.filter((u) => u.kind === "city").map((u) => u.code)).toEqual(
      cities.map((c) => c.code),
    );
    expect(reportingUnits.filter((u) => u.kind === "district")).toEqual([
      {
        code: "440606",
        name: { "zh-CN": "顺德区", en: "Shunde" },
        kind: "district",
        city: "440600",
      },
    ]);
  });

  it("cover each of the 124 county-level units exactly once", () => {
    const covered = reportingUnits.flatMap((u) => unitCounties(u.code).map((c) => c.code));
    expect(covered).toHaveLength(124);
    expect([...covered].sort()).toEqual(countyLevelUnits().map((u) => u.code));
  });

  it("agree: the unit of each county-level unit reports for it", () => {
    for (const county of countyLevelUnits()) {
      const unit = reportingUnitOf(county.code);
      expect(unitCounties(unit?.code).map((c) => c.code)).toContain(county.code);
    }
  });

  it.each([
    ["440600", ["440604", "440605", "440607", "440608"]],
    ["440606", ["440606"]],
    ["441900", ["441900"]],
    ["442000", ["442000"]],
    ["441500", ["441502", "441521", "441523", "441581"]],
    ["440605", []],
    ["440000", []],
    [undefined, []],
  ])("unitCounties(%j) is %j (Shunde split from Foshan)", (unit, codes) => {
    expect(unitCounties(unit).map((c) => c.code)).toEqual(codes);
  });

  it.each([
    ["440606", "440606"],
    ["440605", "440600"],
    ["440600", "440600"],
    ["441900", "441900"],
    ["442000", "442000"],
    ["440825", "440800"],
    ["440000", undefined],
    ["449999", undefined],
    [440606, undefined],
  ])("reportingUnitOf(%j) is %s", (code, unit) => {
    expect(reportingUnitOf(code)?.code).toBe(unit);
  });

  it.each([
    ["440606", "district"],
    ["440100", "city"],
    ["440605", undefined],
  ])("getReportingUnit(%s) is a %s", (code, kind) => {
    expect(getReportingUnit(code)?.kind).toBe(kind);
  });
});
