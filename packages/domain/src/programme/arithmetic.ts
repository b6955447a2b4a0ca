/**
 * The arithmetic behind a derived figure, as numbers and as text, so that a reader sees how
 * 1,400 teams follow from the notice's "70 counties" and "20 teams per station".
 */
export interface Arithmetic {
  /** `product`: the operands multiplied; `more-than-half`: ⌊n ÷ 2⌋ + 1 of the one operand. */
  readonly operation: "product" | "more-than-half";
  readonly operands: readonly number[];
  /** The same arithmetic as people read it, e.g. `"70 × 20 = 1,400"`. */
  readonly formula: string;
}

/**
 * Writes a whole number with commas between thousands, independent of the host's locale.
 *
 * @example
 * groupDigits(35000) //=> "35,000"
 */
export function groupDigits(n: number): string {
  const [whole = "", fraction] = String(n).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Evaluates an arithmetic: the product of its operands, or ⌊n ÷ 2⌋ + 1 ("more than half of
 * n": the smallest whole number above n ÷ 2, as "半数以上扶贫县" counts whole counties).
 *
 * @example
 * evaluateArithmetic({ operation: "product", operands: [70, 20] }) //=> 1400
 * evaluateArithmetic({ operation: "more-than-half", operands: [70] }) //=> 36
 */
export function evaluateArithmetic(arithmetic: Pick<Arithmetic, "operation" | "operands">): number {
  if (arithmetic.operation === "more-than-half") {
    return Math.floor((arithmetic.operands[0] ?? 0) / 2) + 1;
  }
  return arithmetic.operands.reduce((product, n) => product * n, 1);
}

/**
 * Builds an {@link Arithmetic} with its formula text from an operation and its operands.
 *
 * @example
 * arithmetic("product", [350, 30]).formula //=> "350 × 30 = 10,500"
 * arithmetic("more-than-half", [3]).formula //=> "⌊3 ÷ 2⌋ + 1 = 2"
 */
export function arithmetic(
  operation: Arithmetic["operation"],
  operands: readonly number[],
): Arithmetic {
  const value = groupDigits(evaluateArithmetic({ operation, operands }));
  const formula =
    operation === "more-than-half"
      ? `⌊${groupDigits(operands[0] ?? 0)} ÷ 2⌋ + 1 = ${value}`
      : `${operands.map(groupDigits).join(" × ")} = ${value}`;
  return { operation, operands, formula };
}
