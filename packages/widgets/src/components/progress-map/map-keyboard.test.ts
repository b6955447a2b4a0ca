import { describe, expect, it } from "vitest";
import type { Placed } from "./map-drawing.js";
import { mapKeyAction } from "./map-keyboard.js";
import type { MapRegion } from "./map-model.js";

// A SYNTHETIC 2 × 2 grid: a b / c d.
const at = (code: string, column: number, row: number): Placed => ({
  region: { code } as MapRegion,
  column,
  row,
});
const [a, b, c, d] = [at("a", 0, 0), at("b", 1, 0), at("c", 0, 1), at("d", 1, 1)] as [
  Placed,
  Placed,
  Placed,
  Placed,
];
const grid = [d, c, b, a];

describe("mapKeyAction", () => {
  it.each([
    ["ArrowRight", a, { action: "move", to: b }],
    ["ArrowDown", a, { action: "move", to: c }],
    ["ArrowLeft", a, { action: "move", to: undefined }],
    ["Home", d, { action: "move", to: a }],
    ["End", a, { action: "move", to: d }],
    ["Enter", b, { action: "select" }],
    [" ", b, { action: "select" }],
    ["Escape", b, { action: "hide-tooltip" }],
    ["x", b, undefined],
  ])("maps %s on a region to %o", (key, from, action) => {
    expect(mapKeyAction(grid, from, key)).toEqual(action);
  });
});
