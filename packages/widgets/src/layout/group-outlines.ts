import type { GridPoint } from "./grid-navigation.js";

/** A grid cell that belongs to a group (a county cell and its city). */
export interface GroupedCell extends GridPoint {
  readonly group: string;
}

/**
 * The outline of every group of cells as one SVG path: the cell edges that separate two groups
 * or a group from empty space, with cells `cellSize` units wide. Drawn over the cartogram, it
 * shows which counties form a city without drawing any real boundary.
 *
 * @example
 * groupOutlinePath([{ column: 0, row: 0, group: "a" }, { column: 1, row: 0, group: "b" }], 10)
 * //=> "M0 0H10M10 0H20M0 10H10M10 10H20M0 0V10M10 0V10M20 0V10"
 */
export function groupOutlinePath(cells: readonly GroupedCell[], cellSize: number): string {
  const groupAt = new Map(cells.map((c) => [`${c.column},${c.row}`, c.group]));
  const differs = (c: GroupedCell, column: number, row: number) =>
    groupAt.get(`${column},${row}`) !== c.group;
  const horizontal: [number, number][] = [];
  const vertical: [number, number][] = [];
  for (const c of cells) {
    // Each shared edge is drawn once: by the cell above it / left of it, or by the lone cell.
    if (differs(c, c.column, c.row - 1) && !groupAt.has(`${c.column},${c.row - 1}`)) {
      horizontal.push([c.column, c.row]);
    }
    if (differs(c, c.column, c.row + 1)) horizontal.push([c.column, c.row + 1]);
    if (differs(c, c.column - 1, c.row) && !groupAt.has(`${c.column - 1},${c.row}`)) {
      vertical.push([c.column, c.row]);
    }
    if (differs(c, c.column + 1, c.row)) vertical.push([c.column + 1, c.row]);
  }
  const byPosition = (p: [number, number], q: [number, number]) => p[1] - q[1] || p[0] - q[0];
  const byColumn = (p: [number, number], q: [number, number]) => p[0] - q[0] || p[1] - q[1];
  const h = horizontal
    .sort(byPosition)
    .map(([x, y]) => `M${x * cellSize} ${y * cellSize}H${(x + 1) * cellSize}`);
  const v = vertical
    .sort(byColumn)
    .map(([x, y]) => `M${x * cellSize} ${y * cellSize}V${(y + 1) * cellSize}`);
  return h.join("") + v.join("");
}
