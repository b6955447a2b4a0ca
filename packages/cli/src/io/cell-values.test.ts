import { describe, expect, it } from "vitest";
import { readCount, readRegionCode, readText } from "./cell-values.js";

describe("readCount", () => {
  it.each([
    [12, 12],
    ["12", 12],
    [" 12 ", 12],
    ["12.0", 12],
    ["1,234", 1234],
    ["１２", 12],
    [0, 0],
  ])("reads %j as %i", (value, expected) => {
    expect(readCount({ value })).toEqual({ ok: true, value: expected });
  });

  it.each([
    [-1, "count-negative"],
    ["-3", "count-negative"],
    [2.5, "count-not-integer"],
    ["1,23", "count-not-a-number"],
    ["twelve", "count-not-a-number"],
    [true, "count-not-a-number"],
    [null, "count-missing"],
    ["", "count-missing"],
    [2 ** 60, "count-not-integer"],
  ])("refuses %j as %s", (value, code) => {
    expect(readCount({ value })).toMatchObject({ ok: false, code });
  });

  it.each([
    ["formula-without-value", "formula-without-value"],
    ["cell-error", "cell-error"],
  ] as const)("reports an unreadable cell (%s)", (unreadable, code) => {
    expect(readCount({ value: "#REF!", unreadable })).toMatchObject({ ok: false, code });
  });
});

describe("readRegionCode", () => {
  it.each([
    [441481, "441481"],
    [" 441481 ", "441481"],
    ["４４１４８１", "441481"],
  ])("reads %j as %s", (value, code) => {
    expect(readRegionCode({ value })).toEqual({ ok: true, value: code });
  });

  it.each([
    ["44148", "code-malformed"],
    ["梅江区", "code-malformed"],
    [null, "code-missing"],
  ])("refuses %j as %s", (value, code) => {
    expect(readRegionCode({ value })).toMatchObject({ ok: false, code });
  });
});

describe("readText", () => {
  it("trims and accepts text up to the limit", () => {
    expect(readText({ value: " 共青团梅州市委 " }, 7)).toEqual({
      ok: true,
      value: "共青团梅州市委",
    });
  });

  it("refuses text over the limit", () => {
    expect(readText({ value: "x".repeat(11) }, 10)).toMatchObject({
      ok: false,
      code: "text-too-long",
    });
  });
});
