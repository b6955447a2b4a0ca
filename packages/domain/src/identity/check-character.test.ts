import { describe, expect, it } from "vitest";
import { computeCheckCharacter, residentIdCheckCharacters } from "./check-character.js";

describe("computeCheckCharacter", () => {
  // The first row is the example published in GB 11643-1999; the others are synthetic IDs whose
  // check characters were computed by hand-written code outside this package.
  it.each([
    ["11010519491231002", "X"],
    ["44148120050301001", "6"],
    ["44010419800101123", "8"],
    ["44188220000229002", "X"],
    ["44188220100801001", "1"],
    ["44188219800801002", "5"],
  ])("computes the check character of %s as %s", (first17, expected) => {
    expect(computeCheckCharacter(first17)).toBe(expected);
  });

  it("maps every remainder 0–10 to the GB 11643 sequence 1 0 X 9 8 7 6 5 4 3 2", () => {
    expect([...residentIdCheckCharacters]).toEqual([
      "1",
      "0",
      "X",
      "9",
      "8",
      "7",
      "6",
      "5",
      "4",
      "3",
      "2",
    ]);
    // 00000000000000000 sums to 0 → "1"; a 1 in the last place (weight 2) sums to 2 → "X".
    expect(computeCheckCharacter("00000000000000000")).toBe("1");
    expect(computeCheckCharacter("00000000000000001")).toBe("X");
  });

  it.each([
    "",
    "1101051949123100",
    "110105194912310021",
    "1101051949123100X",
    "１１010519491231002",
  ])("rejects %j as a programming error (RangeError)", (bad) => {
    expect(() => computeCheckCharacter(bad)).toThrow(RangeError);
  });
});
