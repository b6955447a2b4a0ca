import { describe, expect, it } from "vitest";
import { arithmetic, evaluateArithmetic, groupDigits } from "./arithmetic.js";

describe("arithmetic", () => {
  it.each([
    [350, "350"],
    [3500, "3,500"],
    [35_000, "35,000"],
    [1_234_567, "1,234,567"],
    [210.5, "210.5"],
  ])("groupDigits(%d) writes %s whatever the host locale", (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });

  it.each([
    ["product", [70, 5], 350, "70 × 5 = 350"],
    ["product", [350, 10], 3500, "350 × 10 = 3,500"],
    ["product", [350, 30], 10_500, "350 × 30 = 10,500"],
    ["product", [70, 20], 1400, "70 × 20 = 1,400"],
    ["product", [70, 500], 35_000, "70 × 500 = 35,000"],
    ["more-than-half", [70], 36, "⌊70 ÷ 2⌋ + 1 = 36"],
    ["more-than-half", [3], 2, "⌊3 ÷ 2⌋ + 1 = 2"],
    ["more-than-half", [1], 1, "⌊1 ÷ 2⌋ + 1 = 1"],
  ] as const)("%s of %j is %d, written %s", (operation, operands, value, formula) => {
    const a = arithmetic(operation, operands);
    expect(evaluateArithmetic(a)).toBe(value);
    expect(a.formula).toBe(formula);
  });

  it("more than half of an even number is strictly above half (70 → 36, not 35)", () => {
    expect(evaluateArithmetic({ operation: "more-than-half", operands: [70] })).toBeGreaterThan(35);
  });
});
