import { cellSize, type Placed } from "./map-drawing.js";

/**
 * The region cell (`g.cell`) an event happened in, or `null` outside the cells.
 *
 * @example
 * cellOf(event.target)?.dataset.code //=> "441426"
 */
export function cellOf(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>("g.cell") : null;
}

/**
 * The cell of a region by its GB/T 2260 code, or `null` when the map does not draw it.
 *
 * @example
 * cellByCode(shadowRoot, "441426")?.getAttribute("tabindex") //=> "0"
 */
export function cellByCode(root: ParentNode, code: string): SVGGElement | null {
  return root.querySelector<SVGGElement>(`g.cell[data-code="${CSS.escape(code)}"]`);
}

/**
 * Sets the roving tabindex (the `active` cell is the one Tab reaches) and the selection on the
 * cells after a render: attributes written here rather than template parts, as two cells change
 * where 124 parts would be written.
 *
 * @example
 * markCells(shadowRoot, "441426", "441426") // that cell: tabindex="0", aria-selected="true"
 */
export function markCells(
  root: ParentNode,
  active: string | undefined,
  selected: string | undefined,
): void {
  for (const cell of root.querySelectorAll('g.cell[tabindex="0"], g.cell[aria-selected="true"]')) {
    cell.setAttribute("tabindex", "-1");
    cell.setAttribute("aria-selected", "false");
  }
  if (active) cellByCode(root, active)?.setAttribute("tabindex", "0");
  if (selected) cellByCode(root, selected)?.setAttribute("aria-selected", "true");
}

/**
 * Moves the ring (`.focus-ring`) to a tile and shows or hides it: it shows only while a tile has
 * keyboard focus (`:focus-visible`). A class set here, as the tiles sit in a group of their own
 * that a CSS sibling rule cannot see into. Shapes (partner boundaries) have their own outline.
 *
 * @example
 * placeFocusRing(shadowRoot, placed, true) // the ring at the tile's column and row, shown
 */
export function placeFocusRing(root: ParentNode, placed: Placed | undefined, shown: boolean): void {
  const ring = root.querySelector(".focus-ring");
  if (!placed || !ring || placed.shape) return;
  ring.setAttribute("x", String(placed.column * cellSize - 0.5));
  ring.setAttribute("y", String(placed.row * cellSize - 0.5));
  ring.classList.toggle("shown", shown);
}
