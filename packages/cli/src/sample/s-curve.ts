/**
 * A logistic S-curve rescaled to run from exactly 0 at `start` to exactly `ceiling` at `end`
 * (months as indexes), steepest at `midpoint`: how a programme's cumulative counts grow — slowly
 * while teams form, fast, then levelling off near the target. 0 before `start`, `ceiling` after
 * `end`. Non-decreasing in `t`.
 *
 * @example
 * sCurve(0, { start: 0, end: 10, midpoint: 5, ceiling: 100 }) //=> 0
 * sCurve(5, { start: 0, end: 10, midpoint: 5, ceiling: 100 }) //=> 50
 * sCurve(10, { start: 0, end: 10, midpoint: 5, ceiling: 100 }) //=> 100
 */
export function sCurve(
  t: number,
  curve: { start: number; end: number; midpoint: number; ceiling: number; steepness?: number },
): number {
  const { start, end, midpoint, ceiling } = curve;
  if (t <= start) return 0;
  if (t >= end) return ceiling;
  const k = curve.steepness ?? 8 / Math.max(1, end - start);
  const f = (x: number) => 1 / (1 + Math.exp(-k * (x - midpoint)));
  const lo = f(start);
  const hi = f(end);
  return (ceiling * (f(t) - lo)) / (hi - lo);
}
