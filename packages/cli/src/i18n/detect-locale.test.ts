import { describe, expect, it } from "vitest";
import { UsageError } from "../cli/cli-errors.js";
import { detectLocale } from "./detect-locale.js";

describe("detectLocale", () => {
  it.each([
    ["en", {}, "en"],
    ["EN", {}, "en"],
    ["en-GB", {}, "en"],
    ["zh", { LANG: "en_US.UTF-8" }, "zh-CN"],
    ["zh-CN", {}, "zh-CN"],
    ["zh_CN", {}, "zh-CN"],
    [undefined, { LANG: "en_US.UTF-8" }, "en"],
    [undefined, { LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [undefined, { LANG: "C.UTF-8" }, "zh-CN"],
    [undefined, { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" }, "zh-CN"],
    [undefined, {}, "zh-CN"],
  ])("--lang %j with %j gives %s", (flag, env, locale) => {
    expect(detectLocale(flag, env)).toBe(locale);
  });

  it("refuses an unsupported --lang", () => {
    expect(() => detectLocale("fr", {})).toThrow(UsageError);
  });
});
