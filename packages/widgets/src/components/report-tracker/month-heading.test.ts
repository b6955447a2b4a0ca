import { describe, expect, it } from "vitest";
import { monthHeading } from "./month-heading.js";

describe("monthHeading", () => {
  it.each([
    ["2016-08", 0, "zh-CN", { year: "2016", month: "8月" }],
    ["2016-09", 1, "zh-CN", { month: "9月" }],
    ["2017-01", 5, "zh-CN", { year: "2017", month: "1月" }],
    ["2017-01", 5, "en", { year: "2017", month: "Jan" }],
    ["2017-03", 7, "en", { month: "Mar" }],
  ] as const)("heads %s (column %i, %s) with %j", (month, index, locale, heading) => {
    expect(monthHeading(month, index, locale)).toEqual(heading);
  });
});
