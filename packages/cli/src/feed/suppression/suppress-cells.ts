import { type CellGrid, type CellStatus, cellStatus, type PreviousGrid } from "./cell-grid.js";
import { auditSuppression, type Exposure, knownFromPrevious } from "./disclosure-audit.js";

/** Options of {@link suppressCells}. */
export interface SuppressCellsOptions {
  /**
   * DECISION (DOMAIN.md, Privacy): county-level counts of people from 1 to `threshold − 1` are
   * published as "<5". Default 5.
   */
  readonly threshold?: number;
  /** The release before this one, audited together with it (see {@link PreviousGrid}). */
  readonly previous?: PreviousGrid;
}

/**
 * Defaults of {@link SuppressCellsOptions}.
 *
 * @example
 * suppressCellsDefaults.threshold //=> 5
 */
export const suppressCellsDefaults = { threshold: 5 } as const;

/**
 * Decides which cells of one indicator to hide (DOMAIN.md, Privacy, DECISION):
 *
 * 1. **Primary**: every county-level count from 1 to threshold − 1 (Dongguan's and Zhongshan's
 *    city cells are their county-level unit, so the rule applies to them).
 * 2. **Secondary**, so that no hidden cell can be recomputed, and no "<5" cell narrowed, from
 *    what is published: wherever a total with a hidden part has fewer than two hidden cells, the
 *    smallest non-zero published part *that leaves the "<5" cells their whole range* is hidden
 *    too ("room": how far the part could move before the published figures of the months around
 *    it — counts do not fall — or the ≥ threshold of a hidden county figure pin it; a partner
 *    that cannot move protects nothing), else the roomiest; when there is none, the total itself
 *    (whose own parts then get a second hidden cell) — a city total, then, only as a last
 *    resort, the province's.
 * 3. The pattern is then audited ({@link auditSuppression}: exact linear combinations, the
 *    1…threshold−1 range of "<5", the ≥ threshold of a hidden county figure, months that cannot
 *    fall, the previous release) and more cells are hidden, nearest the exposed cell first (its
 *    equation, the totals above, the months beside), until the audit finds nothing.
 *
 * Zeros are published and never hidden. Figures the previous release published and this one
 * leaves unchanged are public knowledge: hiding them would protect nothing, so they are never
 * chosen.
 *
 * @example
 * // A city of three counties: 3 is "<5", and the next smallest (6) hides with it.
 * suppressCells({ regionCount: 4, monthCount: 1, values: [29, 3, 6, 20],
 *   countyLevel: [false, true, true, true], equations: [{ total: 0, parts: [1, 2, 3] }] })
 * //=> Uint8Array [0, 1, 2, 0]
 */
export function suppressCells(grid: CellGrid, options: SuppressCellsOptions = {}): Uint8Array {
  const threshold = options.threshold ?? suppressCellsDefaults.threshold;
  const previous = options.previous;
  const { values, monthCount, equations } = grid;
  // The loops over every cell and equation, and the rounds below, are in functions of their
  // own: this one then runs too briefly for the engine to compile it whole (with every helper
  // below inlined), which cost more than it saved (bench/cli/build.mjs).
  const { totalOf, equationsWithPart } = equationsOfCells(grid);
  const status = primaryPattern(grid, threshold);

  const known = (cell: number) => knownFromPrevious(previous, values, cell);
  const hiddenUnknown = (cell: number) => status[cell] !== cellStatus.published && !known(cell);
  const hideable = (cell: number) =>
    status[cell] === cellStatus.published &&
    values[cell] !== null &&
    (values[cell] as number) > 0 &&
    !known(cell);
  const hiddenCount = (e: number): number => {
    const eq = equations[e];
    if (!eq) return 0;
    let count = hiddenUnknown(eq.total) ? 1 : 0;
    // Indexed: asked of every equation at every pass, mostly before the engine compiles it.
    for (let k = 0; k < eq.parts.length; k++) if (hiddenUnknown(eq.parts[k] as number)) count++;
    return count;
  };
  // How far a cell's figure could move down and up once hidden, before the published figures
  // of the months around it (a cumulative count does not fall) or what "suppressed" implies
  // (≥ threshold for a county figure) pin it.
  const room = (cell: number): { down: number; up: number } => {
    const b = values[cell] as number;
    const region = Math.floor(cell / monthCount);
    const m = cell % monthCount;
    let lo = grid.countyLevel[region] ? threshold : 0;
    let hi = Number.POSITIVE_INFINITY;
    for (let k = m - 1; k >= 0; k--) {
      const c = region * monthCount + k;
      const v = values[c];
      if (v === null || v === undefined) continue;
      if (!hiddenUnknown(c) && v <= b) lo = Math.max(lo, v);
      if (!hiddenUnknown(c) || v > b) break;
    }
    for (let k = m + 1; k < monthCount; k++) {
      const c = region * monthCount + k;
      const v = values[c];
      if (v === null || v === undefined) continue;
      if (!hiddenUnknown(c) && v >= b) hi = Math.min(hi, v);
      if (!hiddenUnknown(c) || v < b) break;
    }
    return { down: b - lo, up: hi - b };
  };
  // What a partner must absorb in an equation: for a "<5" part a to range over 1…threshold−1,
  // the others must be able to move down by threshold−1−a and up by a−1. With no "<5" part
  // (a hidden total standing for one), the widest a "<5" figure needs.
  const need = (e: number): { down: number; up: number } => {
    const primaries = (equations[e]?.parts ?? [])
      .filter((c) => status[c] === cellStatus.primary && !known(c))
      .map((c) => values[c] as number);
    if (primaries.length === 0) return { down: threshold - 2, up: threshold - 2 };
    return {
      down: Math.max(...primaries.map((a) => threshold - 1 - a)),
      up: Math.max(...primaries.map((a) => a - 1)),
    };
  };
  const enough = (r: { down: number; up: number }, n: { down: number; up: number }) =>
    r.down >= n.down && r.up >= n.up;
  // The parts to hide in an equation, best first: the smallest with room enough, then the
  // roomiest. Parts that could not move at all protect nothing and are left out.
  const rankedParts = (e: number): number[] => {
    const n = need(e);
    const parts = (equations[e]?.parts ?? []).filter(hideable).map((c) => {
      const r = room(c);
      return { c, ok: enough(r, n), slack: Math.min(r.down, r.up) };
    });
    const value = (c: number) => values[c] as number;
    return parts
      .filter((p) => p.ok || p.slack > 0)
      .sort((a, b) => {
        if (a.ok !== b.ok) return a.ok ? -1 : 1;
        if (a.ok) return value(a.c) - value(b.c) || a.c - b.c;
        return b.slack - a.slack || value(a.c) - value(b.c) || a.c - b.c;
      })
      .map((p) => p.c);
  };
  const helps = (e: number, cells: readonly number[]): boolean => {
    const rooms = cells.map(room);
    const sum = rooms.reduce((s, r) => ({ down: s.down + r.down, up: s.up + r.up }), {
      down: 0,
      up: 0,
    });
    return enough(sum, need(e));
  };

  // Hides a cell; a hidden total must not be recomputable from its own parts either.
  const hide = (cell: number, as: CellStatus = cellStatus.secondary) => {
    status[cell] = as;
    const own = totalOf[cell] as number;
    if (own >= 0 && hiddenCount(own) === 1) {
      const part = rankedParts(own)[0] ?? smallestPart(own);
      if (part !== undefined) hide(part);
    }
  };
  // For the linear rule alone any non-zero part will do, even one that cannot move.
  const smallestPart = (e: number): number | undefined =>
    (equations[e]?.parts ?? [])
      .filter(hideable)
      .sort((a, b) => (values[a] as number) - (values[b] as number) || a - b)[0];

  // Step 2: the classic rule, equation by equation, until every total with a hidden cell has two.
  classicRule();

  // Step 3: audit and widen until nothing can be narrowed; the exact linear-algebra check runs
  // once the bounds are safe (it is the costlier one), and the loop resumes if it finds anything.
  for (;;) {
    const exposures = auditSuppression(grid, status, threshold, previous, {
      exact: "after-bounds",
    });
    if (exposures.length === 0) return status;
    widenRound(exposures);
  }

  function classicRule(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (let e = 0; e < equations.length; e++) {
        if (hiddenCount(e) !== 1) continue;
        const eq = equations[e] as (typeof equations)[number];
        const part = rankedParts(e)[0];
        if (part !== undefined) hide(part);
        else if (hideable(eq.total)) hide(eq.total);
        else if (smallestPart(e) !== undefined) hide(smallestPart(e) as number);
        else continue;
        changed = true;
      }
    }
  }

  // One round of step 3, for what the audit found.
  function widenRound(exposures: readonly Exposure[]): void {
    // One cell per month and round: exposures of different months rarely share a remedy, and
    // a second look after each round avoids hiding more than needed. An exposure may come from
    // another month (a count cannot fall), so one with nothing left around it is skipped; if
    // none has anything, the months beside them are tried.
    const touched = new Set<number>();
    for (const exposure of exposures) {
      const month = exposure.cell % monthCount;
      if (touched.has(month)) continue;
      const cell = widenFor(exposure.cell);
      if (cell === undefined) continue;
      hide(cell);
      touched.add(month);
    }
    if (touched.size > 0) return;
    let cell: number | undefined;
    for (const exposure of exposures) {
      const m = exposure.cell % monthCount;
      cell ??= smallestOfMonth(m + 1) ?? smallestOfMonth(m - 1);
    }
    if (cell === undefined) {
      throw new Error(
        `Suppression: cell ${exposures[0]?.cell} cannot be protected (everything around it is public)`,
      );
    }
    hide(cell);
  }

  // The cell to hide next for an exposed one. In each equation it is part of (its own month's
  // first, then the later totals it is carried into): a part with room enough; else, when the
  // parts together have room enough, the roomiest; else the total, and once it is hidden the
  // same one level up. Failing all that, a part with some room, then whatever is nearest in
  // the equations and months around (`nearbyInEquations`), then the province total, then the
  // smallest figure of its month.
  function widenFor(exposed: number): number | undefined {
    const queue = [exposed];
    const seen = new Set<number>();
    let fallback: number | undefined;
    let topTotal: number | undefined;
    while (queue.length > 0) {
      const cell = queue.shift() as number;
      if (seen.has(cell)) continue;
      seen.add(cell);
      for (const e of equationsWithPart[cell] ?? []) {
        const ranked = rankedParts(e);
        const best = ranked[0];
        if (best !== undefined && helps(e, ranked)) return best;
        const total = (equations[e] as (typeof equations)[number]).total;
        const top = (equationsWithPart[total]?.length ?? 0) === 0;
        // A published total gives the sum of its hidden parts away: below the top it goes
        // before going up; the top total (the province) only when nothing else is left.
        if (hideable(total) && !top) return total;
        fallback ??= best;
        if (hideable(total)) topTotal ??= total;
        else queue.push(total);
      }
    }
    return (
      fallback ?? nearbyInEquations(exposed) ?? topTotal ?? smallestOfMonth(exposed % monthCount)
    );
  }

  // Going out from a cell through the hidden cells it is tied to — by equations (totals, parts,
  // months it is carried into) and by the months before and after it (a count cannot fall) —
  // the first thing that can still be hidden: in an equation, as `widenFor` would choose; along
  // the months, the nearest published figure of the same region.
  function nearbyInEquations(start: number): number | undefined {
    const queue = [start];
    const seen = new Set<number>([start]);
    const seenEquations = new Set<number>();
    const visit = (c: number) => {
      if (hiddenUnknown(c) && !seen.has(c)) {
        seen.add(c);
        queue.push(c);
      }
    };
    while (queue.length > 0) {
      const cell = queue.shift() as number;
      const around = [...(equationsWithPart[cell] ?? [])];
      if ((totalOf[cell] as number) >= 0) around.unshift(totalOf[cell] as number);
      for (const e of around) {
        if (seenEquations.has(e)) continue;
        seenEquations.add(e);
        const eq = equations[e] as (typeof equations)[number];
        // The top total (the province's) is the headline figure: never chosen here.
        const top = (equationsWithPart[eq.total]?.length ?? 0) === 0;
        const pick = rankedParts(e)[0] ?? (hideable(eq.total) && !top ? eq.total : smallestPart(e));
        if (pick !== undefined) return pick;
        for (const c of [eq.total, ...eq.parts]) visit(c);
      }
      for (const step of [1, -1] as const) {
        const c = neighbourInTime(cell, step);
        if (c === undefined) continue;
        if (hideable(c)) return c;
        visit(c);
      }
    }
    return undefined;
  }

  // The nearest month of the same region with a figure, after (step 1) or before (step −1).
  function neighbourInTime(cell: number, step: 1 | -1): number | undefined {
    const region = Math.floor(cell / monthCount);
    for (let m = (cell % monthCount) + step; m >= 0 && m < monthCount; m += step) {
      const c = region * monthCount + m;
      if (values[c] !== null && values[c] !== undefined) return c;
    }
    return undefined;
  }

  function smallestOfMonth(month: number): number | undefined {
    if (month < 0 || month >= monthCount) return undefined;
    const cells: number[] = [];
    for (let region = 0; region < grid.regionCount; region++) {
      const c = region * monthCount + month;
      if (hideable(c)) cells.push(c);
    }
    return cells.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b)[0];
  }
}

// For each cell, the equation it is the total of (−1: none) and the equations it is a part of:
// its own month's first, then the later totals it is carried into (each group in equation
// order). Most cells are part of one equation or none: one shared empty list for the latter.
function equationsOfCells(grid: CellGrid): {
  totalOf: Int32Array;
  equationsWithPart: (readonly number[])[];
} {
  const { values, monthCount, equations } = grid;
  const totalOf = new Int32Array(values.length).fill(-1);
  const none: readonly number[] = [];
  const equationsWithPart: (readonly number[])[] = new Array(values.length).fill(none);
  equations.forEach((eq, e) => {
    totalOf[eq.total] = e;
    for (const part of eq.parts) {
      const list = equationsWithPart[part];
      if (list === none) equationsWithPart[part] = [e];
      else (list as number[]).push(e);
    }
  });
  for (let cell = 0; cell < values.length; cell++) {
    const list = equationsWithPart[cell] as readonly number[];
    if (list.length < 2) continue;
    const month = cell % monthCount;
    const sameMonth = (e: number) =>
      (equations[e] as (typeof equations)[number]).total % monthCount === month;
    if (list.every(sameMonth) || !list.some(sameMonth)) continue;
    equationsWithPart[cell] = [...list.filter(sameMonth), ...list.filter((e) => !sameMonth(e))];
  }
  return { totalOf, equationsWithPart };
}

// Step 1: every county-level count from 1 to threshold − 1 is primary.
function primaryPattern(grid: CellGrid, threshold: number): Uint8Array {
  const { values, monthCount } = grid;
  const status = new Uint8Array(values.length);
  for (let cell = 0; cell < values.length; cell++) {
    const v = values[cell];
    const region = Math.floor(cell / monthCount);
    if (grid.countyLevel[region] && v != null && v >= 1 && v < threshold) {
      status[cell] = cellStatus.primary;
    }
  }
  return status;
}

/**
 * How a cell is published under a pattern of {@link suppressCells}.
 *
 * @example
 * publishedForm(7, cellStatus.published) //=> 7
 * publishedForm(3, cellStatus.primary) //=> "<5"
 * publishedForm(null, cellStatus.published) //=> null
 */
export function publishedForm(
  value: number | null,
  status: number,
): number | null | "<5" | "suppressed" {
  if (value === null) return null;
  if (status === cellStatus.primary) return "<5";
  if (status === cellStatus.secondary) return "suppressed";
  return value;
}
