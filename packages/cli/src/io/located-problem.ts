import { type Locale, type LocalizedText, localize } from "@zhucan/domain";

/**
 * One problem of an input file and where it is: the file, and when known the sheet, the 1-based
 * row and the column letter (`"C"`, as Excel shows it; CSV files use the same letters). `code`
 * is stable kebab-case (public API); `message` is in zh-CN and en.
 *
 * @example
 * const p: LocatedProblem = { file: "meizhou-2017-03.xlsx", sheet: "月报 report", row: 12,
 *   column: "C", code: "count-negative",
 *   message: { "zh-CN": "数量不能为负数", en: "A count cannot be negative" } };
 */
export interface LocatedProblem {
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly code: string;
  readonly message: LocalizedText;
}

/**
 * The Excel column letters of a 1-based column number.
 *
 * @example
 * columnLetter(1) //=> "A"
 * columnLetter(28) //=> "AB"
 */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * One line naming the file, sheet, row and column of a problem, then its code and message.
 *
 * @example
 * formatLocatedProblem({ file: "a.csv", row: 3, column: "B", code: "month-unreadable",
 *   message: { "zh-CN": "月份无法识别", en: "Unreadable month" } }, "en")
 * //=> "a.csv · row 3 · column B · month-unreadable: Unreadable month"
 */
export function formatLocatedProblem(problem: LocatedProblem, lang: Locale): string {
  const en = lang === "en";
  const parts = [problem.file];
  if (problem.sheet !== undefined)
    parts.push(en ? `sheet "${problem.sheet}"` : `工作表“${problem.sheet}”`);
  if (problem.row !== undefined) parts.push(en ? `row ${problem.row}` : `第 ${problem.row} 行`);
  if (problem.column !== undefined)
    parts.push(en ? `column ${problem.column}` : `${problem.column} 列`);
  return `${parts.join(" · ")} · ${problem.code}${en ? ": " : "："}${localize(problem.message, lang)}`;
}

/**
 * Orders problems by file, sheet, row, column, then code, so that output is stable and reads
 * top to bottom.
 *
 * @example
 * sortLocatedProblems([{ file: "b", code: "x", message: m }, { file: "a", code: "y", message: m }])
 *   .map((p) => p.file) //=> ["a", "b"]
 */
export function sortLocatedProblems(problems: readonly LocatedProblem[]): LocatedProblem[] {
  return [...problems].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      compare(a.sheet ?? "", b.sheet ?? "") ||
      (a.row ?? 0) - (b.row ?? 0) ||
      compareColumns(a.column ?? "", b.column ?? "") ||
      compare(a.code, b.code),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// "B" before "AA": shorter column letters come first.
function compareColumns(a: string, b: string): number {
  return a.length - b.length || compare(a, b);
}
