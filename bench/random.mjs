// The benches' deterministic generator (mulberry32, as packages/cli/src/sample/mulberry32.ts),
// so that every run measures the same synthetic data.

/**
 * A function returning numbers in [0, 1), the same sequence for the same seed.
 *
 * @example
 * const next = random(20160720);
 * next() === random(20160720)() //=> true
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
