import { describe, expect, it } from "vitest";
import {
  columnLetter,
  formatLocatedProblem,
  type LocatedProblem,
  sortLocatedProblems,
} from "./located-problem.js";

const message = { "zh-CN": "数量不能为负数", en: "A count cannot be negative" };

describe("located problems", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [702, "ZZ"],
    [703, "AAA"],
  ])("column %i is %s", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });

  it.each([
    [
      "en",
      'a.xlsx · sheet "月报 report" · row 12 · column C · count-negative: A count cannot be negative',
    ],
    ["zh-CN", "a.xlsx · 工作表“月报 report” · 第 12 行 · C 列 · count-negative：数量不能为负数"],
  ] as const)("names file, sheet, row and column in %s", (lang, line) => {
    const p: LocatedProblem = {
      file: "a.xlsx",
      sheet: "月报 report",
      row: 12,
      column: "C",
      code: "count-negative",
      message,
    };
    expect(formatLocatedProblem(p, lang)).toBe(line);
  });

  it("sorts by file, row, then column with B before AA", () => {
    const at = (file: string, row?: number, column?: string): LocatedProblem => ({
      file,
      ...(row !== undefined && { row }),
      ...(column !== undefined && { column }),
      code: "x",
      message,
    });
    const sorted = sortLocatedProblems([at("b"), at("a", 3, "AA"), at("a", 3, "B"), at("a", 1)]);
    expect(sorted.map((p) => `${p.file}${p.row ?? ""}${p.column ?? ""}`)).toEqual([
      "a1",
      "a3B",
      "a3AA",
      "b",
    ]);
  });
});
