import type ExcelJS from "exceljs";
import type { CellGrid, CellValue, GridCell, MergedRange } from "./cell-grid.js";
import { loadExcelJS } from "./load-exceljs.js";

/**
 * Loads an xlsx workbook from its bytes; `undefined` when the bytes are not a readable workbook
 * (a damaged or truncated file, a zip that is not a workbook).
 *
 * @example
 * (await loadWorkbook(new Uint8Array([1, 2, 3]))) //=> undefined
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  try {
    // exceljs's types want a Node Buffer of its own era; the bytes are the same.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return undefined;
  }
  return workbook.worksheets.length > 0 ? workbook : undefined;
}

/**
 * A worksheet as a {@link CellGrid}: formulas give their saved result (or are marked
 * `formula-without-value`), rich text and hyperlinks their text, merged cells are listed and
 * only their top-left cell keeps the value.
 *
 * @example
 * worksheetGrid(workbook.getWorksheet("月报 report")).sheet //=> "月报 report"
 */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): CellGrid {
  const rows: GridCell[][] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const master = cell.master;
      if (master.address !== cell.address) {
        const key = master.address;
        const range = merges.get(key) ?? {
          top: Number(master.row),
          left: Number(master.col),
          bottom: Number(master.row),
          right: Number(master.col),
        };
        range.bottom = Math.max(range.bottom, rowNumber);
        range.right = Math.max(range.right, column);
        merges.set(key, range);
        cells[column - 1] = { value: null };
        return;
      }
      cells[column - 1] = gridCell(cellValue(cell));
    });
    rows[rowNumber - 1] = cells;
  });
  const mergeList: MergedRange[] = [...merges.values()].sort(
    (a, b) => a.top - b.top || a.left - b.left,
  );
  return { sheet: worksheet.name, rows, merges: mergeList };
}

/**
 * An exceljs cell's value, with a formula's saved result even when it is 0, `false` or `""`:
 * exceljs 4.4's `cell.value` drops falsy results (so every total of 0 would look uncomputed),
 * while `cell.result` keeps them.
 *
 * @example
 * cellValue(sheet.getCell("N17")) //=> { formula: "SUM(N12:N16)", result: 0 }
 */
export function cellValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (
    value !== null &&
    typeof value === "object" &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    return { ...value, result: cell.result } as ExcelJS.CellValue;
  }
  return value;
}

/**
 * A grid cell from an exceljs cell value (also used by the streaming row reader).
 *
 * @example
 * gridCell({ formula: "SUM(C3:C9)", result: 12 }) //=> { value: 12 }
 * gridCell({ formula: "SUM(C3:C9)" }) //=> { value: null, unreadable: "formula-without-value" }
 */
export function gridCell(value: ExcelJS.CellValue): GridCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return { value };
  }
  if (value instanceof Date) return { value };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) {
        return { value: null, unreadable: "formula-without-value" };
      }
      if (typeof result === "object" && !(result instanceof Date) && "error" in result) {
        return { value: String((result as { error: unknown }).error), unreadable: "cell-error" };
      }
      return gridCell(result as ExcelJS.CellValue);
    }
    if ("error" in value) return { value: String(value.error), unreadable: "cell-error" };
    if ("richText" in value) return { value: value.richText.map((r) => r.text).join("") };
    if ("text" in value) return { value: plain(value.text) };
  }
  return { value: String(value) as CellValue };
}

function plain(text: unknown): string {
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && "richText" in text) {
    return (text as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  }
  return String(text ?? "");
}
