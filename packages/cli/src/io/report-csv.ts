import type { SheetCell } from "./report-sheet-rows.js";

/**
 * Serialises sheet rows as CSV the way Excel writes and reads it: UTF-8 with a byte-order mark
 * (so Chinese Excel does not take it for GBK), CRLF line ends, every row as wide as the widest,
 * fields quoted only when needed.
 * A formula cell is written as its result, or with `formulas: true` as the formula itself
 * (`=SUM(C12:C20)`), which Excel computes on opening — used for templates, whose counts are blank.
 *
 * @example
 * reportCsvText([["a", 1], [{ formula: "SUM(B1:B1)", result: 1 }]], { formulas: false })
 * //=> "\uFEFFa,1\r\n1,\r\n"
 */
export function reportCsvText(
  rows: readonly (readonly SheetCell[])[],
  options: { readonly formulas: boolean },
): string {
  // Every row as wide as the widest, as Excel writes CSV (and csv-parse reads it fastest).
  const width = Math.max(...rows.map((r) => r.length));
  const lines = rows.map((row) =>
    [...row, ...Array<SheetCell>(width - row.length).fill(null)]
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
