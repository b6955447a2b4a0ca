/** Options of {@link sequentialScale}. */
export interface SequentialScaleOptions {
  /** How many classes the values fall into. */
  readonly classes?: number;
  /**
   * The ramp, light to dark, as CSS colours; sampled evenly when `classes` differs from its
   * length. The default is ColorBrewer's YlGnBu, which stays ordered for the common forms of
   * colour blindness and in greyscale.
   */
  readonly colors?: readonly string[];
}

/** The defaults of {@link SequentialScaleOptions}. */
export const sequentialScaleDefaults: Required<SequentialScaleOptions> = {
  classes: 5,
  colors: ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
};

/** One class of a {@link SequentialScale}: values from `from` (inclusive) to `to` (exclusive, except the last). */
export interface SequentialClass {
  readonly from: number;
  readonly to: number;
  readonly color: string;
}

/** A classed colour scale for counts, with the classes a legend lists. */
export interface SequentialScale {
  readonly classes: readonly SequentialClass[];
  /** Index of the class a value falls in. */
  classOf(value: number): number;
  /** Colour of the class a value falls in. */
  colorOf(value: number): string;
}

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten; at least 1) not below `x`.
 *
 * @example
 * niceCeiling(37) //=> 50
 * niceCeiling(0.2) //=> 1
 */
export function niceCeiling(x: number): number {
  if (!(x > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const nice = [1, 2, 2.5, 5, 10].find((m) => m * power >= x - 1e-9) ?? 10;
  return nice * power;
}

function channel(hex: string, i: number): number {
  return Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
}

/**
 * A colour of a ramp of `#rrggbb` stops at position `t` in [0, 1], interpolated in sRGB.
 *
 * @example
 * rampColor(["#000000", "#ffffff"], 0.5) //=> "#808080"
 */
export function rampColor(stops: readonly string[], t: number): string {
  if (stops.length === 1) return stops[0] as string;
  const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i] as string;
  const b = stops[i + 1] as string;
  const mixed = [0, 1, 2].map((k) => Math.round(channel(a, k) * (1 - f) + channel(b, k) * f));
  return `#${mixed.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * A classed sequential colour scale from 0 to `max`. DECISION: equal-width classes on nice
 * bounds starting at 0 (every indicator is a count that starts at 0, so the same colour means
 * the same magnitude in every month and region), rather than quantiles, which would hide how
 * far apart the regions are. Values above `max` fall in the last class, below 0 in the first.
 *
 * @example
 * const scale = sequentialScale(470);
 * scale.classes.map((c) => c.from) //=> [0, 100, 200, 300, 400]
 * scale.classOf(199) //=> 1
 * scale.colorOf(0) //=> "#ffffcc"
 */
export function sequentialScale(
  max: number,
  options: SequentialScaleOptions = {},
): SequentialScale {
  const { classes: count, colors } = { ...sequentialScaleDefaults, ...options };
  const n = Math.max(1, Math.floor(count));
  const width = niceCeiling(Math.max(0, max) / n);
  const classes = Array.from({ length: n }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    color:
      colors.length === n ? (colors[i] as string) : rampColor(colors, n === 1 ? 1 : i / (n - 1)),
  }));
  const classOf = (value: number) => Math.min(n - 1, Math.max(0, Math.floor(value / width)));
  return {
    classes,
    classOf,
    colorOf: (value) => (classes[classOf(value)] as SequentialClass).color,
  };
}
