/**
 * The three phase ids of §四, in order (kept apart from the phase table so that schemas can name
 * them without pulling in time-zone code).
 *
 * @example
 * phaseIds[1] //=> "deepening"
 */
export const phaseIds = ["foundation", "deepening", "consolidation"] as const;
/** One of {@link phaseIds}. */
export type PhaseId = (typeof phaseIds)[number];
