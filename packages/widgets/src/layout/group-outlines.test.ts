import { describe, expect, it } from "vitest";
import { type GroupedCell, groupOutlinePath } from "./group-outlines.js";
import { tileGridLayout } from "./tile-grid.js";

const segments = (path: string) => path.match(/M[^M]+/g) ?? [];

describe("groupOutlinePath", () => {
  it("draws the four sides of a lone cell", () => {
    expect(groupOutlinePath([{ column: 2, row: 1, group: "a" }], 10)).toBe(
      "M20 10H30M20 20H30M20 10V20M30 10V20",
    );
  });

  it("draws no edge between two cells of the same group", () => {
    const cells: GroupedCell[] = [
      { column: 0, row: 0, group: "a" },
      { column: 1, row: 0, group: "a" },
    ];
    expect(segments(groupOutlinePath(cells, 1))).toHaveLength(6);
    expect(groupOutlinePath(cells, 1)).not.toContain("M1 0V1");
  });

  it("draws an edge between two groups once", () => {
    const cells: GroupedCell[] = [
      { column: 0, row: 0, group: "a" },
      { column: 0, row: 1, group: "b" },
    ];
    const path = groupOutlinePath(cells, 1);
    expect(segments(path).filter((s) => s === "M0 1H1")).toHaveLength(1);
    expect(segments(path)).toHaveLength(7);
  });

  it("outlines the cities of the county cartogram with one edge per city border", () => {
    const cells = tileGridLayout("county").cells.map((c) => ({ ...c, group: c.city }));
    const path = groupOutlinePath(cells, 1);
    expect(new Set(segments(path)).size).toBe(segments(path).length);
    expect(segments(path).length).toBeGreaterThan(60);
  });
});
