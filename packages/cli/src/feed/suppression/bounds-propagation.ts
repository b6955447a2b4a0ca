/**
 * A system of linear facts about unknown non-negative integers, as an analyst reading a feed
 * could write it down: bounds per unknown, equations `Σ signᵢ·xᵢ = constant` (a published total
 * less its published parts) and orderings `x[a] ≤ x[b]` (a cumulative count does not fall).
 */
export interface LinearFacts {
  /** Number of unknowns. */
  readonly size: number;
  readonly lower: readonly number[];
  /** `Infinity` when nothing bounds an unknown from above. */
  readonly upper: readonly number[];
  readonly equations: readonly LinearEquation[];
  readonly orderings: readonly (readonly [lesser: number, greater: number])[];
}

/** `Σ signs[i] · x[vars[i]] = constant`. */
export interface LinearEquation {
  readonly vars: readonly number[];
  readonly signs: readonly (1 | -1)[];
  readonly constant: number;
}

/** Options of {@link propagateBounds}. */
export interface PropagateBoundsOptions {
  /** Work allowed, in looks at every fact, before giving up on a fixed point. */
  readonly maxSweeps?: number;
}

/**
 * Defaults of {@link PropagateBoundsOptions}.
 *
 * @example
 * propagateBoundsDefaults.maxSweeps //=> 10000
 */
export const propagateBoundsDefaults: Required<PropagateBoundsOptions> = { maxSweeps: 10_000 };

/** What {@link propagateBounds} found: the tightest bounds it could derive for every unknown. */
export interface PropagatedBounds {
  readonly lower: number[];
  readonly upper: number[];
  /** False when it stopped at `maxSweeps` still tightening (the bounds are valid, maybe loose). */
  readonly converged: boolean;
  /** False when the facts contradict each other (a bug upstream: true data always fits). */
  readonly consistent: boolean;
}

/**
 * Interval constraint propagation over integer unknowns: every equation bounds each of its
 * unknowns by the constant less the extreme values of the others; every ordering passes bounds
 * along; repeated until nothing changes. This is the arithmetic an analyst can do with published
 * totals, published parts, the meaning of "<5" (1–4) and the monotony of cumulative counts. On
 * one month's province → city → county hierarchy (a tree of equations) it finds the exact range
 * of every hidden cell; across months (cycles) it is a sound lower bound of what can be derived,
 * which is why `exactlyDetermined` checks the equations by linear algebra as well.
 *
 * @example
 * // x + y = 5, x ∈ [1, 4], y ≥ 5  →  x + y = 5 forces y = 5 − x ≤ 4: contradiction
 * propagateBounds({ size: 2, lower: [1, 5], upper: [4, Infinity],
 *   equations: [{ vars: [0, 1], signs: [1, 1], constant: 5 }], orderings: [] }).consistent //=> false
 * propagateBounds({ size: 2, lower: [1, 1], upper: [4, 4],
 *   equations: [{ vars: [0, 1], signs: [1, 1], constant: 2 }], orderings: [] }).upper //=> [1, 1]
 */
export function propagateBounds(
  facts: LinearFacts,
  options: PropagateBoundsOptions = {},
): PropagatedBounds {
  const maxSweeps = options.maxSweeps ?? propagateBoundsDefaults.maxSweeps;
  const lower = [...facts.lower];
  const upper = [...facts.upper];
  // Facts are numbered equations first, then orderings; each unknown knows the facts it is in,
  // so that only the facts around a tightened unknown are looked at again (a worklist).
  const nEq = facts.equations.length;
  const total = nEq + facts.orderings.length;
  // As one flat list (the facts of unknown v are factsOf[firstFact[v]] up to the next one's
  // start), in fact order: an audit runs this dozens of times per indicator.
  const firstFact = new Int32Array(facts.size + 1);
  // Indexed loops, pairs not destructured: this runs at every audit, mostly before the engine
  // has compiled it, when `for…of` and destructuring cost an iterator a step.
  for (let f = 0; f < nEq; f++) {
    const vars = (facts.equations[f] as LinearEquation).vars;
    for (let k = 0; k < vars.length; k++) (firstFact[(vars[k] as number) + 1] as number)++;
  }
  for (let o = 0; o < facts.orderings.length; o++) {
    const pair = facts.orderings[o] as readonly [number, number];
    (firstFact[pair[0] + 1] as number)++;
    (firstFact[pair[1] + 1] as number)++;
  }
  for (let v = 0; v < facts.size; v++) (firstFact[v + 1] as number) += firstFact[v] as number;
  const factsOf = new Int32Array(firstFact[facts.size] as number);
  const filled = firstFact.slice(0, facts.size);
  for (let f = 0; f < nEq; f++) {
    const vars = (facts.equations[f] as LinearEquation).vars;
    for (let k = 0; k < vars.length; k++) factsOf[(filled[vars[k] as number] as number)++] = f;
  }
  for (let o = 0; o < facts.orderings.length; o++) {
    const pair = facts.orderings[o] as readonly [number, number];
    factsOf[(filled[pair[0]] as number)++] = nEq + o;
    factsOf[(filled[pair[1]] as number)++] = nEq + o;
  }
  const queue: number[] = [];
  for (let f = 0; f < total; f++) queue.push(f);
  const work: Worklist = {
    lower,
    upper,
    firstFact,
    factsOf,
    queued: new Uint8Array(total).fill(1),
    queue,
    consistent: true,
  };
  let head = 0;

  const budget = maxSweeps * Math.max(1, total);
  let steps = 0;
  while (head < work.queue.length && work.consistent && steps < budget) {
    const f = work.queue[head++] as number;
    work.queued[f] = 0;
    steps++;
    if (f < nEq) {
      propagateEquation(facts.equations[f] as LinearEquation, work);
    } else {
      const pair = facts.orderings[f - nEq] as readonly [number, number];
      const a = pair[0];
      const b = pair[1];
      tighten(work, b, lower[a] as number, Number.POSITIVE_INFINITY);
      tighten(work, a, Number.NEGATIVE_INFINITY, upper[b] as number);
    }
    // Keep the queue from growing without bound.
    if (head > 4096 && head * 2 > work.queue.length) {
      work.queue.splice(0, head);
      head = 0;
    }
  }
  return { lower, upper, converged: head >= work.queue.length, consistent: work.consistent };
}

// The state of one propagation. Its steps are functions of the module, given this, rather than
// closures made anew at each audit: code the engine compiled for one closure was thrown away
// at the next audit's ("wrong call target"), and compiled again.
interface Worklist {
  readonly lower: number[];
  readonly upper: number[];
  readonly firstFact: Int32Array;
  readonly factsOf: Int32Array;
  readonly queued: Uint8Array;
  readonly queue: number[];
  consistent: boolean;
}

// Narrows unknown v to [lo, hi] and queues its facts again when that changed anything.
function tighten(work: Worklist, v: number, lo: number, hi: number): boolean {
  const { lower, upper } = work;
  let changed = false;
  // Unknowns are integers: round inward, with a little room for floating error.
  const l = Math.ceil(lo - 1e-9);
  const h = Math.floor(hi + 1e-9);
  if (l > (lower[v] as number)) {
    lower[v] = l;
    changed = true;
  }
  if (h < (upper[v] as number)) {
    upper[v] = h;
    changed = true;
  }
  if ((lower[v] as number) > (upper[v] as number)) work.consistent = false;
  if (changed) {
    const { firstFact, factsOf, queued, queue } = work;
    for (let k = firstFact[v] as number; k < (firstFact[v + 1] as number); k++) {
      const f = factsOf[k] as number;
      if (!queued[f]) {
        queued[f] = 1;
        queue.push(f);
      }
    }
  }
  return changed;
}

// Each term's range in propagateEquation, reused from one equation to the next (it runs
// thousands of times per audit).
let termMin = new Float64Array(64);
let termMax = new Float64Array(64);

function propagateEquation(eq: LinearEquation, work: Worklist): boolean {
  const { lower, upper } = work;
  // Each term sᵢ·xᵢ lies in [tminᵢ, tmaxᵢ]; sums of the finite parts and counts of infinite ones
  // let every term's complement be computed without ∞ − ∞.
  let finiteMin = 0;
  let finiteMax = 0;
  let infMin = 0;
  let infMax = 0;
  const n = eq.vars.length;
  if (n > termMin.length) {
    termMin = new Float64Array(2 * n);
    termMax = new Float64Array(2 * n);
  }
  const tmin = termMin;
  const tmax = termMax;
  for (let i = 0; i < n; i++) {
    const v = eq.vars[i] as number;
    const s = eq.signs[i] as number;
    const lo = s > 0 ? (lower[v] as number) : -(upper[v] as number);
    const hi = s > 0 ? (upper[v] as number) : -(lower[v] as number);
    tmin[i] = lo;
    tmax[i] = hi;
    if (lo === Number.NEGATIVE_INFINITY) infMin++;
    else finiteMin += lo;
    if (hi === Number.POSITIVE_INFINITY) infMax++;
    else finiteMax += hi;
  }
  let changed = false;
  for (let i = 0; i < n; i++) {
    const lo = tmin[i] as number;
    const hi = tmax[i] as number;
    const othersMin =
      infMin - (lo === Number.NEGATIVE_INFINITY ? 1 : 0) > 0
        ? Number.NEGATIVE_INFINITY
        : finiteMin - (lo === Number.NEGATIVE_INFINITY ? 0 : lo);
    const othersMax =
      infMax - (hi === Number.POSITIVE_INFINITY ? 1 : 0) > 0
        ? Number.POSITIVE_INFINITY
        : finiteMax - (hi === Number.POSITIVE_INFINITY ? 0 : hi);
    // term = constant − others
    const termLo = eq.constant - othersMax;
    const termHi = eq.constant - othersMin;
    const v = eq.vars[i] as number;
    const s = eq.signs[i] as number;
    const ok = s > 0 ? tighten(work, v, termLo, termHi) : tighten(work, v, -termHi, -termLo);
    if (ok) changed = true;
  }
  return changed;
}
