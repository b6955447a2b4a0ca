import { describe, expect, it } from "vitest";
import { figureText } from "./figure-text.js";

describe("figureText", () => {
  it.each([
    ["28,450", "people", "en", "28,450 people"],
    ["323", "organisations", "en", "323 organisations"],
    ["28,450", "人", "zh-CN", "28,450人"],
    [" 70 ", " 个 ", "zh-CN", "70个"],
    ["—", "", "en", "—"],
  ] as const)("joins %s and %s for %s as %s", (figure, unit, locale, expected) => {
    expect(figureText(figure, unit, locale)).toBe(expected);
  });
});
