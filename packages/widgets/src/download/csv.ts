import type { DataTable } from "../base/data-table.js";

function field(value: string | number): string {
  if (typeof value === "number") return String(value);
  // A text starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The CSV text of a data table: header row of column labels, then the rows' raw values
 * (plain numbers, `<5`, `suppressed`, empty for no data), CRLF line ends (RFC 4180).
 *
 * @example
 * tableToCsv({ caption: "", columns: [{ label: "地区" }, { label: "人数" }],
 *   rows: [[{ text: "梅州市", raw: "梅州市" }, { text: "<5", raw: "<5" }]] })
 * //=> "地区,人数\r\n梅州市,<5\r\n"
 */
export function tableToCsv(table: DataTable): string {
  const lines = [
    table.columns.map((c) => field(c.label)),
    ...table.rows.map((row) => row.map((cell) => field(cell.raw))),
  ];
  return lines.map((cells) => `${cells.join(",")}\r\n`).join("");
}

/**
 * The CSV of a table as a file, with a UTF-8 byte-order mark so that spreadsheet programs
 * read the Chinese names correctly.
 *
 * @example
 * csvBlob(table).type //=> "text/csv;charset=utf-8"
 */
export function csvBlob(table: DataTable): Blob {
  return new Blob(["\uFEFF", tableToCsv(table)], { type: "text/csv;charset=utf-8" });
}
