import type { CellGrid, MergedRange } from "../cell-grid.js";
import type { WorksheetContent } from "./worksheet-part.js";

/**
 * The {@link CellGrid} of a read worksheet, as `worksheetGrid` makes it from exceljs: every cell
 * of a merged range but the top-left one is empty (`{ value: null }`) whatever the file held
 * there, and only ranges of more than one cell are listed, top to bottom, left to right.
 *
 * @example
 * sheetGrid("月报 report", { rows: [[{ value: "a" }]], merges: [] }).sheet //=> "月报 report"
 */
export function sheetGrid(name: string, content: WorksheetContent): CellGrid {
  const rows = content.rows;
  const merges: MergedRange[] = [];
  for (const range of content.merges) {
    const { top, left, bottom, right } = range;
    if (top === bottom && left === right) continue;
    merges.push(range);
    for (let r = top; r <= bottom; r++) {
      const first = r === top ? left + 1 : left;
      // The top-left cell's row only holds merged cells if the range is wider than one column.
      if (first > right) continue;
      let cells = rows[r - 1];
      if (!cells) {
        cells = [];
        rows[r - 1] = cells;
      }
      for (let c = first; c <= right; c++) cells[c - 1] = { value: null };
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: name, rows, merges };
}
