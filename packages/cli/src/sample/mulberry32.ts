/** A seeded source of uniform numbers in [0, 1), with helpers. */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * The mulberry32 generator (Tommy Ettinger, public domain): 32-bit state, fast, and the same
 * sequence on every platform for a seed — what makes `zhucan sample --seed N` reproducible.
 * Not for anything secret.
 *
 * @example
 * const random = mulberry32(1);
 * random.next() //=> 0.6270739405881613
 * mulberry32(1).int(1, 6) //=> 4
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  };
}

/**
 * A generator derived from a seed and a label, so that each part of the sample (a county's
 * paths, a unit's receipts) draws from its own stream: changing one part does not shift the rest.
 *
 * @example
 * derivedRandom(1, "441402").next() === derivedRandom(1, "441402").next() //=> true
 */
export function derivedRandom(seed: number, label: string): Random {
  // FNV-1a over the label, mixed with the seed.
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return mulberry32(h);
}
