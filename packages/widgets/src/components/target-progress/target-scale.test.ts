import { describe, expect, it } from "vitest";
import { targetScale } from "./target-scale.js";

describe("targetScale", () => {
  it("runs from 0 to the largest of targets, actual and expected", () => {
    expect(targetScale([350], 352, 350, 100).max).toBe(352);
    expect(targetScale([], undefined, undefined, 100).max).toBe(1);
  });

  it.each([
    [0, 8],
    [15000, 150],
    [30000, 292],
    [-5, 8],
  ])("places %d at x = %d", (value, x) => {
    expect(targetScale([30000], 0, 0, 300).x(value)).toBe(x);
  });

  it("alternates label rows and keeps edge labels inside the drawing", () => {
    const s = targetScale([0, 15000, 30000], undefined, undefined, 300);
    expect(s.targets.map((t) => [t.row, t.anchor])).toEqual([
      [0, "start"],
      [1, "middle"],
      [0, "end"],
    ]);
  });
});
