import { type LocalizedText, phases } from "@zhucan/domain";

/**
 * The milestones of each phase (§四) in the notice's words, by phase id, from `@zhucan/domain`'s
 * `phases`. The build (tsup.config.ts, `foldPhaseMilestones`) writes this module out as the
 * literal it evaluates to, so the element's file carries the milestones and not the rest of the
 * phase table (names, dates, clauses: about 0.2 KB gzip of every page that shows the timeline).
 *
 * @example
 * phaseMilestones.consolidation?.[0]?.en //=> "A V-station in every one of the 70 counties"
 */
export const phaseMilestones: Readonly<Record<string, readonly LocalizedText[]>> =
  Object.fromEntries(phases.map((p) => [p.id, p.milestones]));
