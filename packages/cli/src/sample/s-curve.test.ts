import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sCurve } from "./s-curve.js";

describe("sCurve", () => {
  it.each([
    { t: -3, expected: 0 },
    { t: 0, expected: 0 },
    { t: 5, expected: 50 },
    { t: 10, expected: 100 },
    { t: 14, expected: 100 },
  ])("runs from 0 to the ceiling: t = $t → $expected", ({ t, expected }) => {
    expect(sCurve(t, { start: 0, end: 10, midpoint: 5, ceiling: 100 })).toBeCloseTo(expected, 9);
  });

  it("never falls (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 20 }),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (start, length, mid, ceiling) => {
          const curve = { start, end: start + length, midpoint: start + mid * length, ceiling };
          let last = -1;
          for (let t = start - 2; t <= start + length + 2; t += 0.5) {
            const y = sCurve(t, curve);
            expect(y).toBeGreaterThanOrEqual(last - 1e-9);
            last = y;
          }
        },
      ),
    );
  });
});
