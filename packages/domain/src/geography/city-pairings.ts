/**
 * How far a pairing is borne out: `high` = confirmed by a programme-office document, `medium` =
 * reported in the press, not checked against an official list, `low` = reported, but uncertain.
 */
export type PairingConfidence = "high" | "medium" | "low";

/**
 * One helping → helped pairing (§五 帮扶地市 → 被帮扶地市). `helping` is a reporting unit (a city
 * or Shunde), `helped` a prefecture-level city; `counties`, when given, narrows the help to those
 * county-level units of the helped city.
 *
 * @example
 * const pairing: CityPairing = {
 *   helping: "440606",
 *   helped: "440800",
 *   counties: ["440825", "440882"],
 *   confidence: "medium",
 *   source: "press reports of the 2016–2018 round (input data, not law)",
 * };
 */
export interface CityPairing {
  readonly helping: string;
  readonly helped: string;
  readonly counties?: readonly string[];
  readonly confidence: PairingConfidence;
  readonly source: string;
}

const press = "press reports of the 2016–2018 round (input data, not law)";

/**
 * The helping → helped pairings of the 2016–2018 round. The notice (§三(二), §五) relies on
 * pairings without listing them; these are as reported in the press: input data with a source
 * and a confidence, not law. None is `high` yet: no programme-office list has been seen.
 * Zhongshan's two pairings are marked `low`.
 *
 * @example
 * cityPairings.filter((p) => p.helping === "440100").map((p) => p.helped) //=> ["441400", "441800"]
 */
export const cityPairings: readonly CityPairing[] = [
  { helping: "440100", helped: "441400", confidence: "medium", source: press },
  { helping: "440100", helped: "441800", confidence: "medium", source: press },
  { helping: "440300", helped: "441600", confidence: "medium", source: press },
  { helping: "440300", helped: "441500", confidence: "medium", source: press },
  { helping: "440400", helped: "441700", confidence: "medium", source: press },
  { helping: "440400", helped: "440900", confidence: "medium", source: press },
  { helping: "440600", helped: "440800", confidence: "medium", source: press },
  { helping: "440600", helped: "445300", confidence: "medium", source: press },
  {
    helping: "440606",
    helped: "440800",
    counties: ["440825", "440882"],
    confidence: "medium",
    source: press,
  },
  { helping: "441900", helped: "440200", confidence: "medium", source: press },
  { helping: "441900", helped: "445200", confidence: "medium", source: press },
  { helping: "442000", helped: "441200", confidence: "low", source: press },
  { helping: "442000", helped: "445100", confidence: "low", source: press },
];

const sorted = (codes: Iterable<string>): readonly string[] => [...new Set(codes)].sort();

/**
 * Codes of the helped cities (被帮扶地市) of {@link cityPairings}, in code order.
 *
 * @example
 * helpedCities.length //=> 12
 * helpedCities[0] //=> "440200"
 */
export const helpedCities: readonly string[] = sorted(cityPairings.map((p) => p.helped));

/**
 * Codes of the helping units (帮扶地市, and Shunde) of {@link cityPairings}, in code order.
 *
 * @example
 * helpingUnits //=> ["440100", "440300", "440400", "440600", "440606", "441900", "442000"]
 */
export const helpingUnits: readonly string[] = sorted(cityPairings.map((p) => p.helping));
