import { describe, expect, it } from "vitest";
import { matchesLabel } from "./report-layout.js";

const month = { "zh-CN": "报送月份", en: "month" };

describe("matchesLabel", () => {
  it.each([
    ["报送月份"],
    ["month"],
    ["Month"],
    ["ＭＯＮＴＨ"],
    ["报送月份 month"],
    ["month 报送月份"],
    ["报送月份（month）"],
    ["报送月份：month"],
    ["  报送月份  "],
  ])("matches %j", (text) => {
    expect(matchesLabel(text, month)).toBe(true);
  });

  it.each([["月份"], ["报送月份 unit"], ["months"], [""]])("does not match %j", (text) => {
    expect(matchesLabel(text, month)).toBe(false);
  });
});
