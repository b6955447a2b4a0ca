/**
 * The programme area: which county-level units (and, optionally, villages) are the poverty
 * counties (贫困县) and relatively poor villages (相对贫困村) of the notice's preamble. The notice
 * does not list them, so this is always input data supplied by the programme office.
 *
 * @example
 * const area: ProgrammeArea = { counties: ["441481", "441882"] };
 */
export interface ProgrammeArea {
  /** GB/T 2260 codes of the poverty counties. */
  readonly counties: readonly string[];
  /** 12-digit statistical codes of the relatively poor villages, when known. */
  readonly villages?: readonly string[];
}
