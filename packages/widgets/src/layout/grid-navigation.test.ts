import { describe, expect, it } from "vitest";
import { type GridDirection, nearestInDirection, readingOrder } from "./grid-navigation.js";
import { tileGridLayout } from "./tile-grid.js";

// Synthetic sparse grid:
//   a . b
//   . c .
//   d . . e
const a = { id: "a", column: 0, row: 0 };
const b = { id: "b", column: 2, row: 0 };
const c = { id: "c", column: 1, row: 1 };
const d = { id: "d", column: 0, row: 2 };
const e = { id: "e", column: 3, row: 2 };
const cells = [e, d, c, b, a];

describe("nearestInDirection", () => {
  it.each<[string, typeof a, GridDirection, string | undefined]>([
    ["right along the row before a diagonal", a, "right", "b"],
    ["down across a gap before a diagonal", a, "down", "d"],
    ["nowhere past the west edge", a, "left", undefined],
    ["nowhere past the north edge", b, "up", undefined],
    ["left along the row", b, "left", "a"],
    ["right across a gap on the same row (a tie with c, less sideways)", d, "right", "e"],
    ["up from the corner to the least sideways cell above", e, "up", "b"],
    ["down from the middle to the nearer of two", c, "down", "d"],
  ])("moves %s", (_, from, direction, expected) => {
    expect(nearestInDirection(cells, from, direction)?.id).toBe(expected);
  });

  it("prefers the same row when the sideways weight is large", () => {
    const row = [a, { id: "far", column: 5, row: 0 }, { id: "near", column: 1, row: 1 }];
    expect(nearestInDirection(row, a, "right", { sidewaysWeight: 10 })?.id).toBe("far");
    expect(nearestInDirection(row, a, "right", { sidewaysWeight: 1 })?.id).toBe("near");
  });

  it.each(["county", "city"] as const)(
    "reaches every %s cell of the cartogram from the first by arrow keys",
    (level) => {
      const grid = tileGridLayout(level).cells;
      const start = readingOrder(grid)[0];
      const seen = new Set([start?.code]);
      const queue = [start];
      while (queue.length > 0) {
        const from = queue.shift();
        if (!from) continue;
        for (const direction of ["left", "right", "up", "down"] as const) {
          const next = nearestInDirection(grid, from, direction);
          if (next && !seen.has(next.code)) {
            seen.add(next.code);
            queue.push(next);
          }
        }
      }
      expect(seen.size).toBe(grid.length);
    },
  );

  it.each(["county", "city"] as const)(
    "undoes a step: ← after → from any %s cell with a right neighbour comes back",
    (level) => {
      const grid = tileGridLayout(level).cells;
      let pairs = 0;
      for (const cell of grid) {
        const right = grid.find((n) => n.row === cell.row && n.column === cell.column + 1);
        if (!right) continue;
        pairs += 1;
        expect(nearestInDirection(grid, right, "left")).toBe(cell);
      }
      expect(pairs).toBeGreaterThan(level === "county" ? 50 : 10);
    },
  );
});

describe("readingOrder", () => {
  it("sorts row by row, west to east, without changing its input", () => {
    expect(readingOrder(cells).map((x) => x.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(cells.map((x) => x.id)).toEqual(["e", "d", "c", "b", "a"]);
  });
});
