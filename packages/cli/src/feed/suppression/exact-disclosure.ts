import type { LinearEquation } from "./bounds-propagation.js";

/**
 * Which unknowns some linear combination of the equations pins to a single value, whatever the
 * bounds: unknown `v` is determined exactly when the unit vector `e_v` lies in the row space of
 * the equations' coefficient matrix. Found by Gauss–Jordan elimination on integer rows (each row
 * kept primitive by its gcd, so nothing is rounded): `v` is determined when its column is a
 * pivot whose reduced row has no other non-zero entry.
 *
 * This is the test of "published total − published parts" in every combination: across cities,
 * the province and months, however the equations share unknowns.
 *
 * @example
 * // x + y = c₁ and x + y + z = c₂ give z = c₂ − c₁
 * exactlyDetermined(3, [
 *   { vars: [0, 1], signs: [1, 1], constant: 7 },
 *   { vars: [0, 1, 2], signs: [1, 1, 1], constant: 9 },
 * ]) //=> [false, false, true]
 */
export function exactlyDetermined(size: number, equations: readonly LinearEquation[]): boolean[] {
  // Sparse rows: column → coefficient.
  const rows: Map<number, number>[] = equations
    .filter((eq) => eq.vars.length > 0)
    .map((eq) => {
      const row = new Map<number, number>();
      eq.vars.forEach((v, i) => {
        const c = (row.get(v) ?? 0) + (eq.signs[i] as number);
        if (c === 0) row.delete(v);
        else row.set(v, c);
      });
      return row;
    })
    .filter((row) => row.size > 0);

  const pivotRowOf = new Map<number, Map<number, number>>();
  for (const row of rows) {
    // Every pivot row is zero in every other pivot column, so eliminating the pivots the incoming
    // row touches brings in no further pivot column.
    for (const col of [...row.keys()]) {
      const pivotRow = pivotRowOf.get(col);
      if (pivotRow && row.has(col)) combine(row, pivotRow, col);
    }
    if (row.size === 0) continue;
    const pivotCol = Math.min(...row.keys());
    normalise(row);
    for (const other of pivotRowOf.values()) {
      if (other.has(pivotCol)) combine(other, row, pivotCol);
    }
    pivotRowOf.set(pivotCol, row);
  }

  const determined = new Array<boolean>(size).fill(false);
  for (const [col, row] of pivotRowOf) {
    if (row.size === 1 && row.has(col)) determined[col] = true;
  }
  return determined;
}

// row := p·row − a·pivotRow with p = pivotRow[col] and a = row[col], so that row[col] = 0.
function combine(row: Map<number, number>, pivotRow: Map<number, number>, col: number): void {
  const a = row.get(col) as number;
  const p = pivotRow.get(col) as number;
  if (p !== 1) for (const [k, v] of row) row.set(k, v * p);
  for (const [k, v] of pivotRow) {
    const next = (row.get(k) ?? 0) - a * v;
    if (next === 0) row.delete(k);
    else row.set(k, next);
  }
  normalise(row);
}

function normalise(row: Map<number, number>): void {
  let g = 0;
  for (const v of row.values()) g = gcd(g, Math.abs(v));
  if (g > 1) for (const [k, v] of row) row.set(k, v / g);
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The equations that lie in a cycle of the system's variable–equation graph, i.e. in a
 * connected component with at least as many incidences as variables and equations together.
 * Elsewhere (a forest of equations, like one month's province → city → county tree) bound
 * propagation already finds every exactly determined variable — peeling leaf equations one by
 * one is what it does — so only these need linear algebra.
 *
 * @example
 * // x + y = 7 and x + y + z = 9 share two variables: a cycle.
 * equationsInCycles(3, [
 *   { vars: [0, 1], signs: [1, 1], constant: 7 },
 *   { vars: [0, 1, 2], signs: [1, 1, 1], constant: 9 },
 * ]).length //=> 2
 */
export function equationsInCycles(
  size: number,
  equations: readonly LinearEquation[],
): LinearEquation[] {
  // Union–find over unknowns (0…size−1) and equations (size…), then per component its
  // equations and unknowns (nodes) and incidences (edges), in typed arrays: an audit runs this
  // each time the bounds find nothing.
  const parent = new Int32Array(size + equations.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  for (let e = 0; e < equations.length; e++) {
    const vars = (equations[e] as LinearEquation).vars;
    for (let k = 0; k < vars.length; k++)
      parent[rootOf(parent, vars[k] as number)] = rootOf(parent, size + e);
  }
  const nodes = new Int32Array(parent.length);
  const edges = new Int32Array(parent.length);
  const used = new Uint8Array(size);
  for (let e = 0; e < equations.length; e++) {
    const root = rootOf(parent, size + e);
    const vars = (equations[e] as LinearEquation).vars;
    (nodes[root] as number)++;
    (edges[root] as number) += vars.length;
    for (let k = 0; k < vars.length; k++) used[vars[k] as number] = 1;
  }
  for (let v = 0; v < size; v++) if (used[v] === 1) (nodes[rootOf(parent, v)] as number)++;
  return equations.filter((_, e) => {
    const root = rootOf(parent, size + e);
    return (edges[root] as number) >= (nodes[root] as number);
  });
}

// The root of i's set, pointing the path to it at the root (a module function rather than a
// closure made at each call: see bounds-propagation.ts's Worklist).
function rootOf(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  let j = i;
  while (parent[j] !== r) {
    const next = parent[j] as number;
    parent[j] = r;
    j = next;
  }
  return r;
}
