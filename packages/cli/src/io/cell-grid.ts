import { columnLetter } from "./located-problem.js";

/** A cell's value once read: text, number, boolean, a date (Excel date cells) or empty. */
export type CellValue = string | number | boolean | Date | null;

/** One cell of a {@link CellGrid}. */
export interface GridCell {
  readonly value: CellValue;
  /**
   * Set when the cell cannot be read: a formula saved without a computed result (written by a
   * tool that does not calculate), or an Excel error value such as `#REF!` (kept in `value`).
   */
  readonly unreadable?: "formula-without-value" | "cell-error";
}

/** A rectangle of merged cells, 1-based and inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A sheet as rows of cells, whatever file it came from (xlsx sheet or CSV), so that one layout
 * reader serves both. `rows[r - 1][c - 1]` is the cell at row r, column c (1-based, as Excel).
 */
export interface CellGrid {
  /** The worksheet's name; absent for CSV. */
  readonly sheet?: string;
  readonly rows: readonly (readonly (GridCell | undefined)[] | undefined)[];
  /** Merged ranges (xlsx only); the value is in the top-left cell, the others are empty. */
  readonly merges: readonly MergedRange[];
}

/**
 * The cell at a 1-based row and column, or `undefined` when beyond the data.
 *
 * @example
 * cellAt({ rows: [[{ value: "a" }]], merges: [] }, 1, 1)?.value //=> "a"
 */
export function cellAt(grid: CellGrid, row: number, column: number): GridCell | undefined {
  return grid.rows[row - 1]?.[column - 1];
}

/**
 * A cell's value as trimmed text (numbers as written, dates as ISO), `""` when empty.
 *
 * @example
 * cellText({ value: 441481 }) //=> "441481"
 * cellText({ value: "  梅江区 " }) //=> "梅江区"
 */
export function cellText(cell: GridCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString();
  return String(v).trim();
}

/**
 * Whether every cell of a row is empty.
 *
 * @example
 * isBlankRow({ rows: [[{ value: "" }, undefined]], merges: [] }, 1) //=> true
 */
export function isBlankRow(grid: CellGrid, row: number): boolean {
  return (grid.rows[row - 1] ?? []).every((c) => cellText(c) === "" && !c?.unreadable);
}

/**
 * The A1-style address of a merged range.
 *
 * @example
 * rangeAddress({ top: 12, left: 1, bottom: 14, right: 1 }) //=> "A12:A14"
 */
export function rangeAddress(range: MergedRange): string {
  return `${columnLetter(range.left)}${range.top}:${columnLetter(range.right)}${range.bottom}`;
}
