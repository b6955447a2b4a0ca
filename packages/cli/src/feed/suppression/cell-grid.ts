/**
 * One indicator's figures as a grid of cells: `values[region * monthCount + month]`, with the
 * equations that tie them (a total is the sum of its parts). Regions are in the feed's order.
 *
 * @example
 * const grid: CellGrid = {
 *   regionCount: 3, monthCount: 1, values: [7, 3, 4], countyLevel: [false, true, true],
 *   equations: [{ total: 0, parts: [1, 2] }],
 * };
 */
export interface CellGrid {
  readonly regionCount: number;
  readonly monthCount: number;
  /** `null`: no figure for that region and month. */
  readonly values: readonly (number | null)[];
  /** By region: whether its cells are county-level counts (primary suppression applies). */
  readonly countyLevel: readonly boolean[];
  readonly equations: readonly CellEquation[];
}

/**
 * `values[total] = Σ values[parts]`. A part may lie in an earlier month than the total: a unit
 * that did not report is carried forward into its city's and the province's totals.
 */
export interface CellEquation {
  readonly total: number;
  readonly parts: readonly number[];
}

/** How a cell is published: its figure, `"<5"` (primary) or `"suppressed"` (secondary). */
export const cellStatus = { published: 0, primary: 1, secondary: 2 } as const;
/** One of {@link cellStatus}. */
export type CellStatus = (typeof cellStatus)[keyof typeof cellStatus];

/**
 * What the public already knows of an indicator from the release before this one: its true
 * figures as that release had them (computed from the same reports) and how it published them.
 * Used to audit the two releases together: a figure the previous release published and this one
 * leaves unchanged is public knowledge, and a restated hidden figure must not be recoverable
 * from the change in published totals.
 */
export interface PreviousGrid {
  /** The figures as of the previous release, aligned with the current grid's cells. */
  readonly values: readonly (number | null)[];
  /** How the previous release published each cell (`undefined`: not in that release). */
  readonly forms: readonly (number | "<5" | "suppressed" | null | undefined)[];
  readonly equations: readonly CellEquation[];
}

/**
 * The month of a cell.
 *
 * @example
 * monthOfCell({ monthCount: 29 }, 30) //=> 1
 */
export function monthOfCell(grid: Pick<CellGrid, "monthCount">, cell: number): number {
  return cell % grid.monthCount;
}

/**
 * The region (index) of a cell.
 *
 * @example
 * regionOfCell({ monthCount: 29 }, 30) //=> 1
 */
export function regionOfCell(grid: Pick<CellGrid, "monthCount">, cell: number): number {
  return Math.floor(cell / grid.monthCount);
}
