import { describe, expect, it } from "vitest";
import { formatMonth } from "./format.js";

describe("formatMonth", () => {
  it.each([
    ["2017-03", "en", "long", "March 2017"],
    ["2017-03", "zh-CN", "long", "2017年3月"],
    ["2016-12", "en", "short", "Dec 2016"],
    ["2016-08", "zh-CN", "short", "2016年8月"],
  ] as const)("writes %s in %s (%s) as %s", (month, locale, style, text) => {
    expect(formatMonth(month, locale, style)).toBe(text);
  });

  it.each(["March", "YYYY-MM", "n/a"])("gives back %j, which is not a month, unchanged", (text) => {
    expect(formatMonth(text, "en")).toBe(text);
  });
});
