/**
 * The weights GB 11643-1999 gives the first 17 digits of a resident ID (2^(17−i) mod 11).
 *
 * @example
 * residentIdWeights.length //=> 17
 */
export const residentIdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * The check character for each remainder of the weighted sum mod 11 (GB 11643-1999, ISO 7064
 * MOD 11-2): remainder 0 → `"1"`, 1 → `"0"`, 2 → `"X"`, … 10 → `"2"`.
 *
 * @example
 * residentIdCheckCharacters[2] //=> "X"
 */
export const residentIdCheckCharacters = "10X98765432";

/**
 * Computes the 18th character of a resident ID from its first 17 digits (GB 11643-1999).
 *
 * @throws {RangeError} when `first17` is not exactly 17 ASCII digits: this is a programming
 *   error, not bad data (parsers such as {@link parseResidentId} check the format first).
 * @example
 * computeCheckCharacter("11010519491231002") //=> "X"
 */
export function computeCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError("computeCheckCharacter needs exactly 17 digits");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (residentIdWeights[i] ?? 0);
  return residentIdCheckCharacters.charAt(sum % 11);
}
