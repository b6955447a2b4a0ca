import { describe, expect, it } from "vitest";
import { makeFeed } from "../../../test/make-feed.js";
import { sequentialScale } from "../../layout/sequential-scale.js";
import { type CellContext, cellFigure, cellLook } from "./map-cells.js";
import { progressMapModel } from "./map-model.js";

// SYNTHETIC feed (test/make-feed.ts).
const feed = makeFeed();
const context = (colorBy: "status" | "value", month?: string): CellContext => {
  const model = progressMapModel(
    feed,
    { level: "county", indicator: "youths-covered", month },
    "en",
  );
  const scale = colorBy === "value" ? sequentialScale(model.max) : undefined;
  return { feed, model, colorBy, scale, locale: "en" };
};
const region = (c: CellContext, code: string) =>
  c.model.regions.find((r) => r.code === code) as CellContext["model"]["regions"][number];

describe("cellFigure", () => {
  it.each([
    [1200, "en", "1,200"],
    ["<5", "zh-CN", "<5"],
    ["suppressed", "en", "np"],
    ["suppressed", "zh-CN", "已隐藏"],
    [null, "en", "–"],
    [undefined, "zh-CN", "–"],
  ] as const)("prints %s in %s as %s", (value, locale, text) => {
    expect(cellFigure(value, locale)).toBe(text);
  });
});

describe("cellLook", () => {
  it.each([
    ["status", undefined, "441426", false, "fill-status-no-target", "○"],
    ["status", undefined, "441426", true, "fill-pattern-no-target", "○"],
    ["status", "2016-09", "441426", false, "fill-status-no-target", "○ <5"],
    ["value", "2016-09", "441426", false, "fill-withheld", "<5"],
    ["value", "2016-09", "440825", false, "fill-empty", "–"],
    ["value", undefined, "441422", false, "fill-class-5", "1,200"],
  ] as const)(
    "colours by %s (month %s) region %s (shape: %s) with class %s and prints %s",
    (colorBy, month, code, shape, fill, mark) => {
      const c = context(colorBy, month);
      expect(cellLook(region(c, code), c, shape)).toEqual({ fill, mark });
    },
  );
});
