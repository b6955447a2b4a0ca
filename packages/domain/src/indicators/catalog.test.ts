import { describe, expect, it } from "vitest";
import { locales } from "../i18n/localized-text.js";
import { targetsOf } from "../programme/targets.js";
import { getIndicator, indicators } from "./catalog.js";
import { indicatorIds, needAreas } from "./indicator-ids.js";

describe("indicator catalog", () => {
  it("defines exactly the indicator ids, in their order", () => {
    expect(indicators.map((i) => i.id)).toEqual([...indicatorIds]);
  });

  it("names, units and defines every indicator in zh-CN and en", () => {
    for (const indicator of indicators) {
      for (const text of [
        indicator.name,
        indicator.shortName,
        indicator.unit,
        indicator.definition,
      ]) {
        for (const locale of locales) expect(text[locale].trim()).not.toBe("");
      }
      expect(indicator.clause).toMatch(/^§/);
    }
  });

  it.each([
    ["youths-registered", "人", true],
    ["need-employment", "人", true],
    ["star-organisations", "个", false],
    ["youths-paired", "人", true],
    ["quality-projects", "个", false],
    ["youths-served-by-projects", "人", true],
    ["v-stations", "间", false],
    ["v-station-teams", "支", false],
    ["youths-covered", "人", true],
    ["reports-on-time", "个单位", false],
  ] as const)("%s is counted in %s (counts people: %s)", (id, unit, countsPeople) => {
    expect(getIndicator(id)).toMatchObject({ unit: { "zh-CN": unit }, countsPeople });
  });

  it("counts every indicator as a cumulative sum except reports-on-time", () => {
    for (const indicator of indicators) {
      const monthly = indicator.id === "reports-on-time";
      expect(indicator.kind).toBe(monthly ? "monthly" : "cumulative");
      expect(indicator.aggregation).toBe(monthly ? "reporting-units" : "sum");
    }
  });

  it("has youths-covered as its one headline", () => {
    expect(indicators.filter((i) => i.headline).map((i) => i.id)).toEqual(["youths-covered"]);
  });

  it.each(needAreas)("splits registration by need: need-%s", (area) => {
    const split = getIndicator(`need-${area}`);
    expect(split).toMatchObject({ needArea: area, clause: "§三(一)", countsPeople: true });
    // A youth may have several needs: the splits are not parts of a whole.
    expect(split?.notes?.map((n) => n.en).join(" ")).toContain("do NOT add up");
  });

  it("gives a need area only to the five splits", () => {
    expect(indicators.filter((i) => i.needArea).map((i) => i.id)).toEqual(
      needAreas.map((area) => `need-${area}`),
    );
  });

  it("has targets for the plans' indicators only", () => {
    const withTargets = indicators.filter((i) => targetsOf(i.id).length > 0).map((i) => i.id);
    expect(withTargets).toEqual([
      "star-organisations",
      "youths-paired",
      "quality-projects",
      "youths-served-by-projects",
      "v-stations",
      "v-station-teams",
      "youths-covered",
    ]);
  });

  it.each(["youths", "YOUTHS-COVERED", "", "toString", "__proto__", 42, null, undefined, {}])(
    "getIndicator(%j) is undefined",
    (id) => {
      expect(getIndicator(id)).toBeUndefined();
    },
  );
});
