import {
  type LinearEquation,
  type LinearFacts,
  type PropagatedBounds,
  propagateBounds,
} from "./bounds-propagation.js";
import { type CellEquation, type CellGrid, cellStatus, type PreviousGrid } from "./cell-grid.js";
import { equationsInCycles, exactlyDetermined } from "./exact-disclosure.js";

/** What an audit found for one hidden county count of 1 to threshold − 1. */
export interface Exposure {
  readonly cell: number;
  /** The range an analyst can narrow it to (`lower === upper`: recomputed exactly). */
  readonly lower: number;
  readonly upper: number;
  /** True when a linear combination of published totals and parts gives it exactly. */
  readonly exact: boolean;
}

/** Options of {@link auditSuppression}. */
export interface AuditOptions {
  /**
   * Also check exact recomputation by linear algebra: `true` (default); `false`, bounds alone
   * (faster); or `"after-bounds"`, only when the bounds find nothing — the same answer as a
   * bounds-only audit followed, if it is empty, by a full one, with the facts written down once.
   */
  readonly exact?: boolean | "after-bounds";
}

/**
 * Whether a cell's figure is public knowledge whatever this release does: the previous release
 * published it as a number and the figure has not changed since.
 *
 * @example
 * knownFromPrevious({ values: [3], forms: [3], equations: [] }, [3], 0) //=> true
 */
export function knownFromPrevious(
  previous: PreviousGrid | undefined,
  values: readonly (number | null)[],
  cell: number,
): boolean {
  if (!previous) return false;
  const form = previous.forms[cell];
  return (
    typeof form === "number" && values[cell] !== null && previous.values[cell] === values[cell]
  );
}

/**
 * Audits a suppression pattern the way an analyst would attack it: every published figure of
 * this release (and of the previous one, when given), every total = Σ parts, "<5" = 1…threshold−1,
 * a hidden county figure that is not "<5" is at least the threshold (zeros are published), and
 * cumulative counts never fall from one month to the next. Returns every primary cell (a county
 * count of 1 to threshold − 1) whose range is narrower than 1…threshold − 1, and (with `exact`,
 * the default) every hidden cell, "<5" or "suppressed", that a linear combination of the
 * equations recomputes exactly. An empty list means the pattern is safe.
 *
 * @example
 * // A city of two counties, 3 (hidden) and 9 (published): 12 − 9 recomputes the 3.
 * auditSuppression(
 *   { regionCount: 3, monthCount: 1, values: [12, 3, 9], countyLevel: [false, true, true],
 *     equations: [{ total: 0, parts: [1, 2] }] },
 *   Uint8Array.of(0, 1, 0), 5,
 * ) //=> [{ cell: 1, lower: 3, upper: 3, exact: true }]
 */
export function auditSuppression(
  grid: CellGrid,
  status: Uint8Array,
  threshold: number,
  previous?: PreviousGrid,
  options: AuditOptions = {},
): Exposure[] {
  const facts = disclosureFacts(grid, status, threshold, previous);
  const bounds = propagateBounds(facts);
  if (!bounds.consistent) {
    throw new Error("Suppression audit: the published figures contradict each other (a bug)");
  }
  const mode = options.exact ?? true;
  if (mode === "after-bounds") {
    const found = exposuresOf(facts, bounds, threshold, undefined);
    if (found.length > 0) return found;
  }
  const exact =
    mode === false
      ? undefined
      : exactlyDetermined(facts.size, equationsInCycles(facts.size, facts.equations));
  return exposuresOf(facts, bounds, threshold, exact);
}

// The exposures of an audit, from its facts and propagated bounds, and (when the linear algebra
// was done) which unknowns the equations determine exactly.
function exposuresOf(
  facts: DisclosureFacts,
  bounds: PropagatedBounds,
  threshold: number,
  exact: readonly boolean[] | undefined,
): Exposure[] {
  const exposures: Exposure[] = [];
  // Any hidden figure a linear combination recomputes is reported (the "suppressed" ones too:
  // hiding them would be pointless, and it narrows what is left); "<5" ones also by their range.
  if (exact) {
    // Pairs indexed, not destructured (here and below): a destructured pair costs an iterator
    // until the engine compiles this, and an audit runs dozens of times per indicator.
    const primary = new Uint8Array(facts.size);
    for (let k = 0; k < facts.primaryVars.length; k++) {
      primary[(facts.primaryVars[k] as readonly [number, number])[1]] = 1;
    }
    for (let k = 0; k < facts.hiddenVars.length; k++) {
      const pair = facts.hiddenVars[k] as readonly [number, number];
      const cell = pair[0];
      const v = pair[1];
      // Off the cycles, bound propagation is exact: a point range is a recomputed figure.
      const pinned = exact[v] || bounds.lower[v] === bounds.upper[v];
      if (primary[v] === 1 || !pinned) continue;
      exposures.push({
        cell,
        lower: bounds.lower[v] as number,
        upper: bounds.upper[v] as number,
        exact: true,
      });
    }
  }
  for (let k = 0; k < facts.primaryVars.length; k++) {
    const pair = facts.primaryVars[k] as readonly [number, number];
    const cell = pair[0];
    const v = pair[1];
    const lower = bounds.lower[v] as number;
    const upper = bounds.upper[v] as number;
    const full = lower <= 1 && upper >= threshold - 1;
    // A run that stopped before its fixed point may have missed a tighter bound: treat as exposed.
    if (!full || exact?.[v] || !bounds.converged) {
      exposures.push({ cell, lower, upper, exact: exact?.[v] === true || lower === upper });
    }
  }
  return exposures;
}

/** The facts of {@link auditSuppression}, with the unknown standing for each hidden cell. */
export interface DisclosureFacts extends LinearFacts {
  /** `[cell, unknown]` for every hidden primary cell that is not already public. */
  readonly primaryVars: readonly (readonly [number, number])[];
  /** `[cell, unknown]` for every hidden cell of this release that is not already public. */
  readonly hiddenVars: readonly (readonly [number, number])[];
}

/**
 * Writes a suppression pattern down as {@link LinearFacts}: one unknown per hidden cell (and per
 * restated cell the previous release hid), bounds from what "<5" and "suppressed" imply.
 *
 * @example
 * disclosureFacts(
 *   { regionCount: 3, monthCount: 1, values: [12, 3, 9], countyLevel: [false, true, true],
 *     equations: [{ total: 0, parts: [1, 2] }] },
 *   Uint8Array.of(0, 1, 0), 5,
 * ).equations //=> [{ vars: [0], signs: [-1], constant: -3 }]
 */
export function disclosureFacts(
  grid: CellGrid,
  status: Uint8Array,
  threshold: number,
  previous?: PreviousGrid,
): DisclosureFacts {
  const { values, monthCount } = grid;
  const lower: number[] = [];
  const upper: number[] = [];
  const varOf = new Int32Array(values.length).fill(-1);
  const primaryVars: [number, number][] = [];
  const hiddenVars: [number, number][] = [];
  // Adds an unknown with the bounds a hidden cell's published form implies: "<5" is
  // 1…threshold−1; zeros are published and 1…threshold−1 are "<5", so a "suppressed" county
  // figure is ≥ threshold (any other, ≥ 0). Called once per hidden cell of every audit: no
  // tuples in between.
  const newVar = (cell: number, hidden: "<5" | "suppressed"): number => {
    if (hidden === "<5") {
      lower.push(1);
      upper.push(threshold - 1);
    } else {
      const countyLevel = grid.countyLevel[Math.floor(cell / monthCount)] === true;
      lower.push(countyLevel ? threshold : 0);
      upper.push(Number.POSITIVE_INFINITY);
    }
    return lower.length - 1;
  };

  for (let cell = 0; cell < values.length; cell++) {
    const s = status[cell];
    if (s === cellStatus.published || values[cell] === null) continue;
    if (knownFromPrevious(previous, values, cell)) continue;
    const v = newVar(cell, s === cellStatus.primary ? "<5" : "suppressed");
    varOf[cell] = v;
    hiddenVars.push([cell, v]);
    if (s === cellStatus.primary) primaryVars.push([cell, v]);
  }

  type Term = { v: number } | { c: number };
  const current = (cell: number): Term => {
    const v = varOf[cell] as number;
    return v >= 0 ? { v } : { c: values[cell] as number };
  };
  const equations: LinearEquation[] = [];
  const addEquation = (eq: CellEquation, term: (cell: number) => Term) => {
    const vars: number[] = [];
    const signs: (1 | -1)[] = [];
    let constant = 0;
    const add = (t: Term, sign: 1 | -1) => {
      if ("v" in t) {
        vars.push(t.v);
        signs.push(sign);
      } else constant -= sign * t.c;
    };
    add(term(eq.total), 1);
    for (const part of eq.parts) add(term(part), -1);
    if (vars.length > 0) equations.push({ vars, signs, constant });
  };
  // This release's equations, the bulk of the work: written without a term object per cell.
  for (const eq of grid.equations) {
    // An equation without a hidden cell gives no fact: skipped before any array is made.
    let hidden = (varOf[eq.total] as number) >= 0;
    for (let k = 0; !hidden && k < eq.parts.length; k++) {
      hidden = (varOf[eq.parts[k] as number] as number) >= 0;
    }
    if (!hidden) continue;
    const vars: number[] = [];
    const signs: (1 | -1)[] = [];
    let constant = 0;
    for (let k = -1; k < eq.parts.length; k++) {
      const cell = k < 0 ? eq.total : (eq.parts[k] as number);
      const sign = k < 0 ? 1 : -1;
      const v = varOf[cell] as number;
      if (v >= 0) {
        vars.push(v);
        signs.push(sign);
      } else constant -= sign * (values[cell] as number);
    }
    if (vars.length > 0) equations.push({ vars, signs, constant });
  }

  if (previous) {
    // The previous release's equations: unchanged cells are the same unknowns (or figures);
    // restated cells are unknowns of their own when that release hid them.
    const oldVar = new Map<number, number>();
    const old = (cell: number): Term => {
      const before = previous.values[cell];
      if (before === values[cell]) return current(cell);
      const form = previous.forms[cell];
      if (form === "<5" || form === "suppressed") {
        let v = oldVar.get(cell);
        if (v === undefined) {
          v = newVar(cell, form);
          oldVar.set(cell, v);
        }
        return { v };
      }
      return { c: before ?? 0 };
    };
    for (const eq of previous.equations) addEquation(eq, old);
  }

  const orderings: [number, number][] = [];
  for (let region = 0; region < grid.regionCount; region++) {
    let before = -1;
    for (let m = 0; m < monthCount; m++) {
      const cell = region * monthCount + m;
      if (values[cell] === null) continue;
      // Only where the figures do not fall: an analyst who assumed more would be misled.
      if (before >= 0 && (values[before] as number) <= (values[cell] as number)) {
        const a = varOf[before] as number;
        const b = varOf[cell] as number;
        if (a >= 0 && b >= 0) orderings.push([a, b]);
        else if (a >= 0) upper[a] = Math.min(upper[a] as number, values[cell] as number);
        else if (b >= 0) lower[b] = Math.max(lower[b] as number, values[before] as number);
      }
      before = cell;
    }
  }
  return { size: lower.length, lower, upper, equations, orderings, primaryVars, hiddenVars };
}
