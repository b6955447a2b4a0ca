import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateIndicator } from "./aggregate.js";
import type { MonthlySeries } from "./county-values.js";
import { regionHierarchy } from "./feed-regions.js";

// Synthetic figures only.
const hierarchy = regionHierarchy({ counties: ["441402"] });
const index = new Map(hierarchy.regions.map((r, i) => [r.code, i]));
const at = (grid: { values: readonly (number | null)[] }, code: string, month: number, n: number) =>
  grid.values[(index.get(code) as number) * n + month];

describe("aggregateIndicator", () => {
  it("adds Shunde's figure to Foshan's, beside Foshan's other districts", () => {
    const series: Record<string, MonthlySeries> = { "440606": [7], "440604": [5] };
    const grid = aggregateIndicator((c) => series[c] ?? [0], hierarchy, 1);
    expect(at(grid, "440600", 0, 1)).toBe(12);
    expect(at(grid, "440000", 0, 1)).toBe(12);
  });

  it("uses Dongguan's own figure as its city figure, with no equation of its own", () => {
    const grid = aggregateIndicator((c) => (c === "441900" ? [3] : [0]), hierarchy, 1);
    expect(at(grid, "441900", 0, 1)).toBe(3);
    expect(grid.countyLevel[index.get("441900") as number]).toBe(true);
    const dongguan = (index.get("441900") as number) * 1;
    expect(grid.equations.some((e) => e.total === dongguan)).toBe(false);
  });

  it("carries a missing unit's latest figure into the totals, its own cell staying null", () => {
    const series: Record<string, MonthlySeries> = { "441402": [10, null, 14], "441403": [1, 2, 3] };
    const grid = aggregateIndicator((c) => series[c] ?? [0, 0, 0], hierarchy, 3);
    expect([0, 1, 2].map((m) => at(grid, "441402", m, 3))).toEqual([10, null, 14]);
    expect([0, 1, 2].map((m) => at(grid, "441400", m, 3))).toEqual([11, 12, 17]);
    const meizhou = (index.get("441400") as number) * 3 + 1;
    const carried = (index.get("441402") as number) * 3 + 0;
    expect(grid.equations.find((e) => e.total === meizhou)?.parts).toContain(carried);
  });

  it("with missing: null, leaves a total without a figure unless all its units have one", () => {
    const series: Record<string, MonthlySeries> = { "441402": [10, null] };
    const grid = aggregateIndicator((c) => series[c] ?? [1, 1], hierarchy, 2, { missing: "null" });
    expect([0, 1].map((m) => at(grid, "441400", m, 2))).toEqual([17, null]);
    expect([0, 1].map((m) => at(grid, "440000", m, 2))).toEqual([133, null]); // 123 units × 1 + 10;
  });

  it("makes every total equal to the sum of its parts (property, synthetic figures)", () => {
    const codes = hierarchy.cities.flatMap((c) => c.units);
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), {
          minLength: codes.length * 3,
          maxLength: codes.length * 3,
        }),
        (flat) => {
          const grid = aggregateIndicator(
            (c) => flat.slice(codes.indexOf(c) * 3, codes.indexOf(c) * 3 + 3),
            hierarchy,
            3,
          );
          for (const eq of grid.equations) {
            const sum = eq.parts.reduce((s, p) => s + (grid.values[p] as number), 0);
            expect(grid.values[eq.total]).toBe(sum);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
