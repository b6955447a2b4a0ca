import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  feasiblePrimaryValues,
  recomputableCells,
  singlyHiddenEquations,
} from "../../../test/feed/disclosure-checks.js";
import { gridOf, monthsOfCities, oneMonthCities } from "../../../test/feed/synthetic-hierarchy.js";
import { cellStatus } from "./cell-grid.js";
import { auditSuppression } from "./disclosure-audit.js";
import { publishedForm, suppressCells } from "./suppress-cells.js";

// All data here is synthetic: random small counts in made-up hierarchies.

describe("suppressCells", () => {
  it.each([
    {
      name: "a lone <5 county takes the next-smallest county with it",
      cities: [{ units: [[3], [6], [20]], single: false }],
      hidden: ["<5 county 3", "county 6"],
    },
    {
      name: "two <5 counties summing to 5 still need a county that is not <5",
      cities: [{ units: [[2], [3], [9]], single: false }],
      hidden: ["<5 county 2", "<5 county 3", "county 9"],
    },
  ])("$name", ({ cities }) => {
    const grid = gridOf(cities, 1);
    const status = suppressCells(grid);
    expect(auditSuppression(grid, status, 5)).toEqual([]);
    expect(singlyHiddenEquations(grid, (c) => status[c] !== 0)).toEqual([]);
  });

  it("hides the smallest non-zero county beside a <5 county, never a zero", () => {
    const grid = gridOf([{ units: [[3], [0], [12], [7]], single: false }], 1);
    // regions: 0 province, 1 city, 2..5 counties
    expect([...suppressCells(grid)]).toEqual([0, 0, 1, 0, 0, 2]);
  });

  it("publishes zeros and figures of 5 and more as they are", () => {
    const grid = gridOf([{ units: [[0], [5], [12]], single: false }], 1);
    expect([...suppressCells(grid)]).toEqual([0, 0, 0, 0, 0]);
  });

  it("hides a Dongguan-like city's <5 cell and another city (with one of its counties)", () => {
    const grid = gridOf(
      [
        { units: [[2]], single: true },
        { units: [[30], [9]], single: false },
        { units: [[50], [40]], single: false },
      ],
      1,
    );
    const status = suppressCells(grid);
    expect(status[1]).toBe(cellStatus.primary);
    expect(singlyHiddenEquations(grid, (c) => status[c] !== 0)).toEqual([]);
    expect(auditSuppression(grid, status, 5)).toEqual([]);
  });

  it("hides a city total when its counties cannot protect a <5 county", () => {
    const grid = gridOf(
      [
        { units: [[3], [0]], single: false },
        { units: [[30], [19]], single: false },
      ],
      1,
    );
    const status = suppressCells(grid);
    expect(status[1]).toBe(cellStatus.secondary); // the first city's total
    expect(auditSuppression(grid, status, 5)).toEqual([]);
  });

  it("publishedForm turns a pattern into feed cells", () => {
    expect([3, 7, 0, null].map((v, i) => publishedForm(v, [1, 2, 0, 0][i] as number))).toEqual([
      "<5",
      "suppressed",
      0,
      null,
    ]);
  });
});

describe("suppressCells (properties, synthetic hierarchies)", () => {
  it("no equation of a month is left with exactly one hidden cell", () => {
    fc.assert(
      fc.property(oneMonthCities, (cities) => {
        const grid = gridOf(cities, 1);
        const status = suppressCells(grid);
        expect(singlyHiddenEquations(grid, (c) => status[c] !== 0)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("no hidden cell, <5 or suppressed, is a linear combination of published totals and parts (several months, missing reports carried forward)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(fc.constant(n), monthsOfCities(n))),
        ([monthCount, cities]) => {
          const grid = gridOf(cities, monthCount);
          const status = suppressCells(grid);
          const hidden = (c: number) => status[c] !== 0;
          expect(recomputableCells(grid, hidden)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("every <5 cell can still be any of 1, 2, 3, 4 given everything published (brute force)", () => {
    fc.assert(
      fc.property(oneMonthCities, (cities) => {
        const grid = gridOf(cities, 1);
        const status = suppressCells(grid);
        for (const [, values] of feasiblePrimaryValues(cities, grid, status)) {
          expect([...values].sort()).toEqual([1, 2, 3, 4]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
