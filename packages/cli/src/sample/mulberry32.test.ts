import { describe, expect, it } from "vitest";
import { derivedRandom, mulberry32 } from "./mulberry32.js";

describe("mulberry32", () => {
  it("gives the same sequence for a seed on every run", () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(xs[0]).toBe(0.6270739405881613);
  });

  it("stays in [0, 1) and int stays in its range", () => {
    const r = mulberry32(42);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      const n = r.int(3, 7);
      expect(x >= 0 && x < 1 && n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
  });

  it("derivedRandom gives each label its own stream", () => {
    expect(derivedRandom(1, "a").next()).toBe(derivedRandom(1, "a").next());
    expect(derivedRandom(1, "a").next()).not.toBe(derivedRandom(1, "b").next());
    expect(derivedRandom(1, "a").next()).not.toBe(derivedRandom(2, "a").next());
  });
});
