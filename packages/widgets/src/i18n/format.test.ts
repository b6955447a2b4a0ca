import { describe, expect, it } from "vitest";
import { formatList, formatMonth, formatNumber } from "./format.js";

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

// Elements format on every render: a formatter is made once per locale and options, not per call.
describe("Intl formatters are made once per locale and options", () => {
  type Formatter = "DateTimeFormat" | "ListFormat" | "NumberFormat";

  /** How many times `Intl[name]` is constructed while `run` runs. */
  function constructions(name: Formatter, run: () => void): number {
    const original = Intl[name];
    let made = 0;
    Object.assign(Intl, {
      [name]: new Proxy(original, {
        construct(target, args) {
          made += 1;
          return Reflect.construct(target, args);
        },
      }),
    });
    try {
      run();
    } finally {
      Object.assign(Intl, { [name]: original });
    }
    return made;
  }

  it("formatMonth makes at most one Intl.DateTimeFormat per locale and style", () => {
    const made = constructions("DateTimeFormat", () => {
      for (let round = 0; round < 3; round += 1) {
        for (const locale of ["zh-CN", "en"] as const) {
          for (const style of ["long", "short"] as const) formatMonth("2017-03", locale, style);
        }
      }
      expect(formatMonth("2017-03", "en", "short")).toBe("Mar 2017");
    });
    expect(made).toBeLessThanOrEqual(4);
  });

  it("formatList makes at most one Intl.ListFormat per locale", () => {
    const made = constructions("ListFormat", () => {
      for (let round = 0; round < 3; round += 1) {
        expect(formatList(["A", "B", "C"], "en")).toBe("A, B, and C");
        expect(formatList(["甲", "乙"], "zh-CN")).toBe("甲和乙");
      }
    });
    expect(made).toBeLessThanOrEqual(2);
  });

  it("formatNumber makes at most one Intl.NumberFormat per locale and options", () => {
    const made = constructions("NumberFormat", () => {
      for (let round = 0; round < 3; round += 1) {
        expect(formatNumber(12345, "en")).toBe("12,345");
        expect(formatNumber(0.5, "zh-CN", { style: "percent" })).toBe("50%");
      }
    });
    expect(made).toBeLessThanOrEqual(2);
  });
});
