/** The drawing of a sparkline: polyline point lists (split at gaps) and the last point. */
export interface Sparkline {
  readonly segments: readonly string[];
  readonly last: { readonly x: number; readonly y: number } | undefined;
}

/**
 * Lays out a sparkline of monthly values in a `width` × `height` box (y grows downward; the
 * scale starts at 0 because the programme's figures are counts). Months without a number
 * (no data, suppressed) break the line instead of being drawn as 0.
 *
 * @example
 * sparkline([0, 5, 10], 100, 20).segments //=> ["1,19 50,10 99,1"]
 * sparkline([1, undefined, 3], 100, 20).segments.length //=> 2
 */
export function sparkline(
  values: readonly (number | undefined)[],
  width: number,
  height: number,
): Sparkline {
  const pad = 1;
  const max = Math.max(1, ...values.filter((v): v is number => v !== undefined));
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const segments: string[] = [];
  let current: string[] = [];
  let last: Sparkline["last"];
  values.forEach((v, i) => {
    if (v === undefined) {
      if (current.length) segments.push(current.join(" "));
      current = [];
      return;
    }
    const x = Math.round((pad + i * step) * 10) / 10;
    const y = Math.round((height - pad - (v / max) * (height - 2 * pad)) * 10) / 10;
    current.push(`${x},${y}`);
    last = { x, y };
  });
  if (current.length) segments.push(current.join(" "));
  return { segments, last };
}
