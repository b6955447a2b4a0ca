/**
 * The five urgent-need areas a one-to-one service file records (§三(一)):
 * 支教助学 · 就业扶贫 · 技能培训 · 康复治疗 · 社会融入.
 *
 * @example
 * needAreas.length //=> 5
 */
export const needAreas = [
  "education-support",
  "employment",
  "skills-training",
  "rehabilitation",
  "social-integration",
] as const;
/** One of {@link needAreas}. */
export type NeedArea = (typeof needAreas)[number];

/**
 * Every indicator id of the catalog, in display order. Ids are public API: never rename one.
 *
 * @example
 * indicatorIds.includes("youths-covered") //=> true
 */
export const indicatorIds = [
  "youths-registered",
  "need-education-support",
  "need-employment",
  "need-skills-training",
  "need-rehabilitation",
  "need-social-integration",
  "star-organisations",
  "youths-paired",
  "quality-projects",
  "youths-served-by-projects",
  "v-stations",
  "v-station-teams",
  "youths-covered",
  "reports-on-time",
] as const;
/** One of {@link indicatorIds}. */
export type IndicatorId = (typeof indicatorIds)[number];

/**
 * The indicators a reporting unit reports per county each month (all but `reports-on-time`,
 * which the province derives from when reports arrive).
 *
 * @example
 * reportedIndicatorIds.includes("reports-on-time") //=> false
 */
// Marked pure so that a bundle which does not use it (the widgets' feed validator) drops it.
export const reportedIndicatorIds = /* @__PURE__ */ indicatorIds.filter(
  (id): id is Exclude<IndicatorId, "reports-on-time"> => id !== "reports-on-time",
);
/** One of {@link reportedIndicatorIds}. */
export type ReportedIndicatorId = Exclude<IndicatorId, "reports-on-time">;
