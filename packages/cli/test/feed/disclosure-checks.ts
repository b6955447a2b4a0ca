// Independent checks of a suppression pattern, written without the code under test: a float
// rank test for exact recomputation and a brute-force search of the values a hidden cell can
// take. Used by the property tests on synthetic grids and on the built sample feed.
import type { CellGrid } from "../../src/feed/suppression/cell-grid.js";
import type { SyntheticCity } from "./synthetic-hierarchy.js";

/** Cells of equations (total + parts) in which exactly one cell is hidden: recomputable. */
export function singlyHiddenEquations(grid: CellGrid, hidden: (cell: number) => boolean): number[] {
  const out: number[] = [];
  grid.equations.forEach((eq, e) => {
    const n = [eq.total, ...eq.parts].filter(hidden).length;
    if (n === 1) out.push(e);
  });
  return out;
}

/**
 * Hidden cells that some linear combination of the equations recomputes: e_v lies in the row
 * space of the equations restricted to the hidden cells iff, in the reduced row echelon form,
 * v's column is a pivot whose row is zero elsewhere. Dense floating-point Gauss–Jordan with
 * partial pivoting (coefficients are small integers), written independently of the audit.
 */
export function recomputableCells(grid: CellGrid, hidden: (cell: number) => boolean): number[] {
  const unknowns = grid.values.map((_, c) => c).filter(hidden);
  const column = new Map(unknowns.map((c, i) => [c, i]));
  const m: Float64Array[] = grid.equations
    .map((eq) => {
      const row = new Float64Array(unknowns.length);
      const add = (cell: number, s: number) => {
        const i = column.get(cell);
        if (i !== undefined) row[i] = (row[i] as number) + s;
      };
      add(eq.total, 1);
      for (const p of eq.parts) add(p, -1);
      return row;
    })
    .filter((row) => row.some((x) => x !== 0));
  const cols = unknowns.length;
  const pivotRowOf = new Map<number, Float64Array>();
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++) {
      if (
        Math.abs((m[i] as Float64Array)[c] as number) >
        Math.abs((m[best] as Float64Array)[c] as number)
      )
        best = i;
    }
    if (Math.abs((m[best] as Float64Array)[c] as number) < 1e-9) continue;
    [m[r], m[best]] = [m[best] as Float64Array, m[r] as Float64Array];
    const pivot = m[r] as Float64Array;
    const p = pivot[c] as number;
    for (let k = 0; k < cols; k++) pivot[k] = (pivot[k] as number) / p;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i] as Float64Array;
      const f = row[c] as number;
      if (f !== 0)
        for (let k = 0; k < cols; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
    }
    pivotRowOf.set(c, pivot);
    r++;
  }
  return unknowns.filter((_, c) => {
    const row = pivotRowOf.get(c);
    return row?.every((x, k) => k === c || Math.abs(x) < 1e-9) ?? false;
  });
}

const CAP = 120;

/**
 * One month, every unit reporting: for each "<5" cell, the values 1…4 that some assignment of
 * all hidden cells consistent with everything published allows (hidden county figures that are
 * not "<5" range over threshold…CAP, hidden city totals over anything). Brute force by dynamic
 * programming over sums; independent of the audit's propagation.
 */
export function feasiblePrimaryValues(
  cities: readonly SyntheticCity[],
  grid: CellGrid,
  status: Uint8Array,
  threshold = 5,
): Map<number, Set<number>> {
  // Region layout of gridOf with monthCount 1: 0 province, 1..n cities, then counties in order.
  let next = 1 + cities.length;
  const layout = cities.map((city, c) => ({
    cityCell: 1 + c,
    unitCells: city.single ? [1 + c] : city.units.map(() => next++),
    single: city.single,
  }));
  const domain = (cell: number): number[] => {
    const s = status[cell];
    const v = grid.values[cell] as number;
    if (s === 0) return [v];
    if (s === 1) return range(1, threshold - 1);
    return range(threshold, CAP);
  };
  const sumset = (domains: number[][]): Set<number> => {
    let sums = new Set([0]);
    for (const d of domains) {
      const nextSums = new Set<number>();
      for (const s of sums) for (const x of d) nextSums.add(s + x);
      sums = nextSums;
    }
    return sums;
  };
  // For each city, the totals it can have (with or without one cell fixed).
  const cityTotals = (c: number, fixed?: { cell: number; value: number }): Set<number> => {
    const l = layout[c] as (typeof layout)[number];
    const doms = l.unitCells.map((cell) => (cell === fixed?.cell ? [fixed.value] : domain(cell)));
    const sums = sumset(doms);
    if (!l.single && status[l.cityCell] === 0) {
      const t = grid.values[l.cityCell] as number;
      return sums.has(t) ? new Set([t]) : new Set();
    }
    return sums;
  };
  const provinceKnown = status[0] === 0 ? (grid.values[0] as number) : undefined;
  const out = new Map<number, Set<number>>();
  layout.forEach((l, c) => {
    for (const cell of l.unitCells) {
      if (status[cell] !== 1) continue;
      const ok = new Set<number>();
      for (let t = 1; t < threshold; t++) {
        const mine = cityTotals(c, { cell, value: t });
        if (mine.size === 0) continue;
        if (provinceKnown === undefined) {
          ok.add(t);
          continue;
        }
        const others = sumset(layout.map((_, k) => (k === c ? [0] : [...cityTotals(k)])));
        if ([...mine].some((x) => others.has(provinceKnown - x))) ok.add(t);
      }
      out.set(cell, ok);
    }
  });
  return out;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
