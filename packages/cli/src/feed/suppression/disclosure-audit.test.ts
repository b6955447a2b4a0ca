import { describe, expect, it } from "vitest";
import { gridOf } from "../../../test/feed/synthetic-hierarchy.js";
import { auditSuppression } from "./disclosure-audit.js";
import { suppressCells } from "./suppress-cells.js";

// Synthetic grids. Layout of gridOf for one city of counties A, B, C over two months:
// region 0 province, 1 city, 2 A, 3 B, 4 C; cell = region × 2 + month.
describe("auditSuppression", () => {
  it.each([
    { name: "one side", months: 2, a: [0, 3], b: [7, 7], range: [1, 3], exact: false },
    { name: "both sides", months: 3, a: [0, 3, 9], b: [7, 7, 7], range: [3, 3], exact: true },
  ])(
    "finds a <5 cell whose partner is pinned by the months on $name",
    ({ months, a, b, range, exact }) => {
      // A appears while B stays at 7: the city grows by exactly A.
      const grid = gridOf([{ units: [a, b, a.map(() => 40)], single: false }], months);
      const status = new Uint8Array(grid.values.length);
      status[2 * months + 1] = 1; // A, month 1
      status[3 * months + 1] = 2; // B, month 1
      const cell = 2 * months + 1;
      expect(auditSuppression(grid, status, 5).find((e) => e.cell === cell)).toEqual({
        cell,
        lower: range[0],
        upper: range[1],
        exact,
      });
    },
  );

  it("passes a pattern whose partner has grown enough", () => {
    const grid = gridOf(
      [
        {
          units: [
            [0, 3],
            [7, 30],
            [40, 40],
          ],
          single: false,
        },
      ],
      2,
    );
    const status = new Uint8Array(grid.values.length);
    status[5] = 1;
    status[7] = 2;
    expect(auditSuppression(grid, status, 5)).toEqual([]);
  });

  it("audits against the previous release: a restated <5 cell is not given away by the change in totals", () => {
    // The previous release had A = 7 (published), B = 30; this one restates A to 3.
    const before = gridOf([{ units: [[7], [30], [40]], single: false }], 1);
    const now = gridOf([{ units: [[3], [30], [40]], single: false }], 1);
    const previous = {
      values: before.values,
      forms: [...before.values],
      equations: before.equations,
    };
    // Hiding A with B is not enough: B is unchanged and was published, so it is public.
    const naive = new Uint8Array(now.values.length);
    naive[2] = 1;
    naive[3] = 2;
    expect(auditSuppression(now, naive, 5, previous).map((e) => e.cell)).toEqual([2]);
    const status = suppressCells(now, { previous });
    expect(auditSuppression(now, status, 5, previous)).toEqual([]);
    // B stays as published before (public anyway); the totals that changed are hidden instead.
    expect(status[3]).toBe(0);
  });

  it.each([
    { name: "the bounds narrow a <5 cell", months: 2, a: [0, 3], b: [7, 7] },
    // Here the full audit finds one cell more than the bounds: the bounds' answer must be kept.
    { name: "the bounds pin a <5 cell", months: 3, a: [0, 3, 9], b: [7, 7, 7] },
    { name: "nothing is found", months: 2, a: [0, 3], b: [7, 30] },
  ])(
    'answers "after-bounds" as a bounds-only audit, then a full one if that is empty, when $name',
    ({ months, a, b }) => {
      const grid = gridOf([{ units: [a, b, a.map(() => 40)], single: false }], months);
      const status = new Uint8Array(grid.values.length);
      status[2 * months + 1] = 1;
      status[3 * months + 1] = 2;
      const boundsOnly = auditSuppression(grid, status, 5, undefined, { exact: false });
      const expected =
        boundsOnly.length > 0 ? boundsOnly : auditSuppression(grid, status, 5, undefined);
      expect(auditSuppression(grid, status, 5, undefined, { exact: "after-bounds" })).toEqual(
        expected,
      );
    },
  );
});
