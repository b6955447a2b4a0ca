import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceEquationsInCycles } from "../../../test/feed/reference-equations-in-cycles.js";
import { equationsInCycles, exactlyDetermined } from "./exact-disclosure.js";

const eq = (vars: number[], signs: (1 | -1)[], constant = 0) => ({ vars, signs, constant });

describe("exactlyDetermined", () => {
  it.each([
    { name: "x + y = c: neither", size: 2, eqs: [eq([0, 1], [1, 1])], out: [false, false] },
    { name: "x = c", size: 1, eqs: [eq([0], [1])], out: [true] },
    {
      name: "x + y = c₁, x + y + z = c₂: z",
      size: 3,
      eqs: [eq([0, 1], [1, 1]), eq([0, 1, 2], [1, 1, 1])],
      out: [false, false, true],
    },
    {
      name: "a city total less its hidden part, a province total less that city: nothing",
      size: 4,
      eqs: [eq([0, 1], [1, -1]), eq([0, 2], [1, 1]), eq([2, 3], [1, -1])],
      out: [false, false, false, false],
    },
    {
      name: "x − y = c, y − z = c, x − z = c′ (dependent): nothing",
      size: 3,
      eqs: [eq([0, 1], [1, -1]), eq([1, 2], [1, -1]), eq([0, 2], [1, -1])],
      out: [false, false, false],
    },
    {
      name: "2x + y = c, x + y = c′: both",
      size: 2,
      eqs: [eq([0, 0, 1], [1, 1, 1]), eq([0, 1], [1, 1])],
      out: [true, true],
    },
  ])("$name", ({ size, eqs, out }) => {
    expect(exactlyDetermined(size, eqs)).toEqual(out);
  });
});

describe("equationsInCycles", () => {
  it("keeps the equations of cyclic components only", () => {
    const tree = [eq([0, 1], [1, -1]), eq([1, 2], [1, 1])];
    const cycle = [eq([3, 4], [1, 1]), eq([3, 4, 5], [1, 1, 1])];
    expect(equationsInCycles(6, [...tree, ...cycle])).toEqual(cycle);
  });
});

// Synthetic systems: up to 14 unknowns, up to 12 equations of 1–5 terms (an unknown may repeat).
const systems = fc.integer({ min: 1, max: 14 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    equations: fc.array(
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.constantFrom<1 | -1>(1, -1)), {
          minLength: 1,
          maxLength: 5,
        })
        .map((terms) => ({
          vars: terms.map(([v]) => v),
          signs: terms.map(([, s]) => s),
          constant: terms.length,
        })),
      { maxLength: 12 },
    ),
  }),
);

describe("equationsInCycles (properties)", () => {
  it("keeps exactly the equations the first, Map-based version kept, in order", () => {
    fc.assert(
      fc.property(systems, ({ size, equations }) => {
        expect(equationsInCycles(size, equations)).toEqual(
          referenceEquationsInCycles(size, equations),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
