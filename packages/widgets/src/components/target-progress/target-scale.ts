/** A mark on the target-progress scale: a phase target or the expected-by-now value. */
export interface ScaleMark {
  readonly value: number;
  readonly x: number;
  /** Label row below the track (0 or 1), alternating so that neighbouring labels do not collide. */
  readonly row: 0 | 1;
  /** Where the label hangs from the mark, so it never leaves the drawing. */
  readonly anchor: "start" | "middle" | "end";
}

/** The horizontal scale of one target-progress bar. */
export interface TargetScale {
  readonly max: number;
  readonly x: (value: number) => number;
  readonly targets: readonly ScaleMark[];
}

/**
 * Lays out the scale from 0 to the largest of the targets, the actual figure and the expected
 * value, over `width` pixels between `left` and `width - right`.
 *
 * @example
 * const s = targetScale([3500, 10000, 30000], 4720, 5125, 300);
 * s.max //=> 30000
 * s.targets.map((t) => t.row) //=> [0, 1, 0]
 */
export function targetScale(
  targets: readonly number[],
  actual: number | undefined,
  expected: number | undefined,
  width: number,
  margins: { left: number; right: number } = { left: 8, right: 8 },
): TargetScale {
  const max = Math.max(1, ...targets, actual ?? 0, expected ?? 0);
  const span = width - margins.left - margins.right;
  const x = (value: number) =>
    Math.round((margins.left + (Math.max(0, value) / max) * span) * 10) / 10;
  const marks = targets.map((value, i): ScaleMark => {
    const px = x(value);
    const anchor = px < width * 0.15 ? "start" : px > width * 0.85 ? "end" : "middle";
    return { value, x: px, row: (i % 2) as 0 | 1, anchor };
  });
  return { max, x, targets: marks };
}
