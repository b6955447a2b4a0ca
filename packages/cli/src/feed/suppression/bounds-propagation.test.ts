import { describe, expect, it } from "vitest";
import { propagateBounds } from "./bounds-propagation.js";

const inf = Number.POSITIVE_INFINITY;

describe("propagateBounds", () => {
  it.each([
    {
      name: "two <5 cells summing to 2 are both 1",
      facts: {
        size: 2,
        lower: [1, 1],
        upper: [4, 4],
        equations: [{ vars: [0, 1], signs: [1, 1] as (1 | -1)[], constant: 2 }],
        orderings: [],
      },
      lower: [1, 1],
      upper: [1, 1],
    },
    {
      name: "a <5 cell beside a hidden ≥5 cell summing to 6 is 1",
      facts: {
        size: 2,
        lower: [1, 5],
        upper: [4, inf],
        equations: [{ vars: [0, 1], signs: [1, 1] as (1 | -1)[], constant: 6 }],
        orderings: [],
      },
      lower: [1, 5],
      upper: [1, 5],
    },
    {
      name: "a <5 cell beside a hidden ≥5 cell summing to 12 keeps 1–4",
      facts: {
        size: 2,
        lower: [1, 5],
        upper: [4, inf],
        equations: [{ vars: [0, 1], signs: [1, 1] as (1 | -1)[], constant: 12 }],
        orderings: [],
      },
      lower: [1, 8],
      upper: [4, 11],
    },
    {
      name: "a hidden total minus its hidden part",
      facts: {
        size: 2,
        lower: [0, 1],
        upper: [inf, 4],
        equations: [{ vars: [0, 1], signs: [1, -1] as (1 | -1)[], constant: 7 }],
        orderings: [],
      },
      lower: [8, 1],
      upper: [11, 4],
    },
    {
      name: "a count that cannot fall passes bounds along",
      facts: {
        size: 2,
        lower: [0, 0],
        upper: [9, inf],
        equations: [],
        orderings: [[1, 0]] as [number, number][],
      },
      lower: [0, 0],
      upper: [9, 9],
    },
  ])("$name", ({ facts, lower, upper }) => {
    const b = propagateBounds(facts);
    expect([b.lower, b.upper, b.consistent, b.converged]).toEqual([lower, upper, true, true]);
  });

  it("reports contradictory facts", () => {
    const b = propagateBounds({
      size: 2,
      lower: [1, 5],
      upper: [4, inf],
      equations: [{ vars: [0, 1], signs: [1, 1], constant: 5 }],
      orderings: [],
    });
    expect(b.consistent).toBe(false);
  });
});
