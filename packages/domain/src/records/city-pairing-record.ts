import * as z from "zod/mini";
import { DivisionCode } from "./record-fields.js";

/**
 * How sure a pairing is, as the geography's `PairingConfidence`.
 *
 * @example
 * pairingConfidences //=> ["high", "medium", "low"]
 */
export const pairingConfidences = ["high", "medium", "low"] as const;

/**
 * A helping → helped city pairing as input data (§五: 帮扶地市 and 被帮扶地市), with the source
 * it was taken from and how sure it is: the pairings of the 2016–2018 round are known from the
 * press, not from the notice, so they are data a partner can correct.
 *
 * @example
 * CityPairingRecord.safeParse({
 *   helping: "440606", helped: "440800", counties: ["440882", "440825"],
 *   source: "press report (synthetic example)", confidence: "medium",
 * }).success //=> true
 */
export const CityPairingRecord = z.strictObject({
  /** A helping city, or Shunde (a district that pairs on its own). */
  helping: DivisionCode,
  /** The helped city. */
  helped: DivisionCode,
  /** The helped city's counties this pairing covers, when it covers only some (顺德 → 雷州, 徐闻). */
  counties: z.optional(z.array(DivisionCode).check(z.minLength(1), z.maxLength(50))),
  source: z.string().check(z.minLength(1), z.maxLength(500)),
  confidence: z.enum(pairingConfidences),
});
export type CityPairingRecord = z.infer<typeof CityPairingRecord>;
