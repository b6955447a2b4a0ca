import { describe, expect, it } from "vitest";
import { helpedCities } from "../geography/city-pairings.js";
import { cityOf, counties } from "../geography/divisions.js";
import { parseProgrammeArea } from "../geography/parse-programme-area.js";
import { sampleProgrammeArea } from "./programme-area-sample.js";

describe("sampleProgrammeArea (illustrative, not the official list)", () => {
  it("is labelled as a sample in both languages", () => {
    expect(sampleProgrammeArea.sample).toBe(true);
    expect(sampleProgrammeArea.disclaimer).toEqual({
      "zh-CN": "示例数据，非官方名单",
      en: "Illustrative sample, not the official list",
    });
    expect(sampleProgrammeArea.source).toMatch(/not the official list/);
  });

  it("is a valid programme area of 70 county-level units", () => {
    expect(sampleProgrammeArea.counties).toHaveLength(70);
    expect(parseProgrammeArea({ counties: sampleProgrammeArea.counties })).toEqual({
      ok: true,
      value: { counties: sampleProgrammeArea.counties },
    });
  });

  it("follows its documented rule: helped cities' non-district units, then districts in code order", () => {
    const inHelped = counties.filter((c) => helpedCities.includes(cityOf(c.code)?.code ?? ""));
    const nonDistricts = inHelped.filter((c) => c.kind !== "district");
    const districts = inHelped.filter((c) => c.kind === "district");
    expect(nonDistricts).toHaveLength(49);
    const expected = [...nonDistricts, ...districts.slice(0, 70 - nonDistricts.length)]
      .map((c) => c.code)
      .sort();
    expect(sampleProgrammeArea.counties).toEqual(expected);
  });

  it.each([
    ["440825", true],
    ["441882", true],
    ["445381", true],
    ["445103", false],
    ["440606", false],
    ["441900", false],
  ])("includes %s: %s", (code, included) => {
    expect(sampleProgrammeArea.counties.includes(code)).toBe(included);
  });
});
