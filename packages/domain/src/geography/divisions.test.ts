import { describe, expect, it } from "vitest";
import { countyKindOf } from "./division-kind.js";
import {
  cities,
  cityOf,
  counties,
  countiesOf,
  countyLevelUnits,
  getDivision,
  province,
} from "./divisions.js";

const isCodeOrder = (codes: readonly string[]) =>
  codes.every((code, i) => i === 0 || (codes[i - 1] as string) < code);

describe("divisions of Guangdong (GB/T 2260)", () => {
  it("has 21 prefecture-level cities in code order, all under 440000", () => {
    expect(cities).toHaveLength(21);
    expect(isCodeOrder(cities.map((c) => c.code))).toBe(true);
    expect(cities.every((c) => c.parent === province.code && c.level === "city")).toBe(true);
  });

  it("has 122 county-level units, none of them Dongguan or Zhongshan", () => {
    expect(counties).toHaveLength(122);
    expect(counties.map((c) => c.code)).not.toContain("441900");
    expect(counties.map((c) => c.code)).not.toContain("442000");
    expect(isCodeOrder(counties.map((c) => c.code))).toBe(true);
  });

  it("has 124 county-level reporting units: the 122 plus Dongguan and Zhongshan", () => {
    const units = countyLevelUnits();
    expect(units).toHaveLength(124);
    expect(isCodeOrder(units.map((u) => u.code))).toBe(true);
    expect(units.filter((u) => u.level === "city").map((u) => u.code)).toEqual([
      "441900",
      "442000",
    ]);
  });

  it("names every county-level unit with a known suffix (区/县/自治县/市)", () => {
    expect(counties.filter((c) => countyKindOf(c.name["zh-CN"]) === undefined)).toEqual([]);
  });

  it("gives the 21 cities and the province an English name, and counties their Chinese name", () => {
    expect(province.name).toEqual({ "zh-CN": "广东省", en: "Guangdong" });
    expect(cities.filter((c) => /[^A-Za-z ]/.test(c.name.en))).toEqual([]);
    expect(getDivision("440825")?.name).toEqual({ "zh-CN": "徐闻县", en: "徐闻县" });
  });

  it.each([
    ["440000", "广东省", "province", null, "province"],
    ["440600", "佛山市", "city", "440000", "prefecture-level-city"],
    ["440606", "顺德区", "county", "440600", "district"],
    ["440825", "徐闻县", "county", "440800", "county"],
    ["440232", "乳源瑶族自治县", "county", "440200", "autonomous-county"],
    ["440882", "雷州市", "county", "440800", "county-level-city"],
    ["441900", "东莞市", "city", "440000", "prefecture-level-city"],
  ])("getDivision(%s) is %s, a %s under %s (%s)", (code, zh, level, parent, kind) => {
    expect(getDivision(code)).toMatchObject({ code, level, parent, kind, name: { "zh-CN": zh } });
  });

  it.each([["449999"], ["4406"], [" 440606"], [440606], [null], [undefined], [{}]])(
    "getDivision(%j) is undefined",
    (code) => {
      expect(getDivision(code)).toBeUndefined();
    },
  );

  it.each([
    ["440606", "440600"],
    ["440600", "440600"],
    ["440825", "440800"],
    ["441900", "441900"],
    ["445381", "445300"],
    ["440000", undefined],
    ["nope", undefined],
  ])("cityOf(%s) is %s", (code, city) => {
    expect(cityOf(code)?.code).toBe(city);
  });

  it.each([
    ["440600", ["440604", "440605", "440606", "440607", "440608"]],
    ["441500", ["441502", "441521", "441523", "441581"]],
    ["441900", []],
    ["442000", []],
    ["440606", []],
    ["440000", []],
    [42, []],
  ])("countiesOf(%j) lists %j", (city, codes) => {
    expect(countiesOf(city).map((c) => c.code)).toEqual(codes);
  });

  it("puts every county under exactly the city countiesOf lists it for", () => {
    const listed = cities.flatMap((c) => countiesOf(c.code).map((d) => [d.code, c.code]));
    expect(listed).toHaveLength(122);
    expect(listed.every(([county, city]) => cityOf(county)?.code === city)).toBe(true);
  });
});
