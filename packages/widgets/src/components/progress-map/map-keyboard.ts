import {
  type GridDirection,
  nearestInDirection,
  readingOrder,
} from "../../layout/grid-navigation.js";
import type { Placed } from "./map-drawing.js";

const arrowKeys: Readonly<Record<string, GridDirection>> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/** What a key pressed on a region of the map does. */
export type MapKeyAction =
  | { readonly action: "move"; readonly to: Placed | undefined }
  | { readonly action: "select" }
  | { readonly action: "hide-tooltip" };

/**
 * The map's keyboard: the arrow keys move to the nearest region in that direction, Home and
 * End to the first and last region in reading order, Enter and Space select, Escape hides the
 * tooltip; other keys do nothing (`undefined`).
 *
 * @example
 * mapKeyAction(placed, from, "Home") //=> { action: "move", to: readingOrder(placed)[0] }
 * mapKeyAction(placed, from, "a") //=> undefined
 */
export function mapKeyAction(
  placed: readonly Placed[],
  from: Placed,
  key: string,
): MapKeyAction | undefined {
  const direction = arrowKeys[key];
  if (direction) return { action: "move", to: nearestInDirection(placed, from, direction) };
  if (key === "Home") return { action: "move", to: readingOrder(placed)[0] };
  if (key === "End") return { action: "move", to: readingOrder(placed).at(-1) };
  if (key === "Enter" || key === " ") return { action: "select" };
  if (key === "Escape") return { action: "hide-tooltip" };
  return undefined;
}
