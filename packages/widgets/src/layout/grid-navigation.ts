/** A cell's position on a grid: column 0 is west (left), row 0 north (top). */
export interface GridPoint {
  readonly column: number;
  readonly row: number;
}

/** The four directions the arrow keys move in. */
export type GridDirection = "left" | "right" | "up" | "down";

/** Options of {@link nearestInDirection}. */
export interface NearestInDirectionOptions {
  /**
   * How much a step sideways costs against a step in the arrow's direction. DECISION: 2, so
   * that → from a cell reaches the next cell on the same row before one a row away, and a cell
   * diagonally next to it before one three columns away on the same row.
   */
  readonly sidewaysWeight?: number;
}

/** The defaults of {@link NearestInDirectionOptions}. */
export const nearestInDirectionDefaults: Required<NearestInDirectionOptions> = {
  sidewaysWeight: 2,
};

const axes: Readonly<Record<GridDirection, readonly [dc: number, dr: number]>> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The cell an arrow key moves to on a sparse grid: among the cells strictly ahead in that
 * direction, the one with the least `ahead + sidewaysWeight × sideways` distance (ties: the
 * smaller sideways offset, then reading order). `undefined` at the edge of the map, so the
 * focus stays where it is.
 *
 * @example
 * const cells = [{ column: 0, row: 0 }, { column: 2, row: 1 }, { column: 3, row: 0 }];
 * nearestInDirection(cells, cells[0], "right") //=> { column: 2, row: 1 }
 * nearestInDirection(cells, cells[0], "left") //=> undefined
 */
export function nearestInDirection<T extends GridPoint>(
  cells: readonly T[],
  from: GridPoint,
  direction: GridDirection,
  options: NearestInDirectionOptions = {},
): T | undefined {
  const { sidewaysWeight } = { ...nearestInDirectionDefaults, ...options };
  const [dc, dr] = axes[direction];
  let best: { cell: T; score: number; sideways: number } | undefined;
  for (const cell of readingOrder(cells)) {
    const dColumn = cell.column - from.column;
    const dRow = cell.row - from.row;
    const ahead = dColumn * dc + dRow * dr;
    if (ahead <= 0) continue;
    const sideways = Math.abs(dc === 0 ? dColumn : dRow);
    const score = ahead + sidewaysWeight * sideways;
    if (!best || score < best.score || (score === best.score && sideways < best.sideways)) {
      best = { cell, score, sideways };
    }
  }
  return best?.cell;
}

/**
 * Cells in reading order (row by row, west to east): the order of Home/End, of the data table
 * and of a screen reader's list.
 *
 * @example
 * readingOrder([{ column: 1, row: 0 }, { column: 0, row: 1 }, { column: 0, row: 0 }])
 * //=> [{ column: 0, row: 0 }, { column: 1, row: 0 }, { column: 0, row: 1 }]
 */
export function readingOrder<T extends GridPoint>(cells: readonly T[]): T[] {
  return [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
}
