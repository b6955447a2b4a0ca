import type { SheetCell } from "./report-sheet-rows.js";

/**
 * Serialises sheet rows as CSV the way Excel reads it back: UTF-8 with a byte-order mark (so
 * Chinese Excel does not take it for GBK), CRLF line ends, fields quoted only when needed.
 * A formula cell is written as its result, or with `formulas: true` as the formula itself
 * (`=SUM(C12:C20)`), which Excel computes on opening — used for templates, whose counts are blank.
 *
 * @example
 * reportCsvText([["a", 1], [{ formula: "SUM(B1:B1)", result: 1 }]], { formulas: false })
 * //=> "\uFEFFa,1\r\n1\r\n"
 */
export function reportCsvText(
  rows: readonly (readonly SheetCell[])[],
  options: { readonly formulas: boolean },
): string {
  const lines = rows.map((row) =>
    row
      .map((cell) => {
        if (cell === null) return "";
        if (typeof cell === "object")
          return options.formulas ? `=${cell.formula}` : String(cell.result);
        return quote(String(cell));
      })
      .join(","),
  );
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join("")}`;
}

function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
