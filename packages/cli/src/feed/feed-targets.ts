import {
  type FeedTarget,
  type IndicatorId,
  indicators,
  phaseIds,
  type TargetForOptions,
  targetFor,
} from "@zhucan/domain";
import type { RegionHierarchy } from "./feed-regions.js";

/**
 * The options of `targetFor` (and `progressStatus`) for one region: the province's figures, a
 * programme-area county's per-county norm, or a city's norm × its number of programme-area
 * counties; `undefined` for a region without a target (a county outside the area, a city with
 * none of its counties in it).
 *
 * @example
 * targetLevelOf("440000", hierarchy, new Set()) //=> { level: "province" }
 */
export function targetLevelOf(
  code: string,
  hierarchy: RegionHierarchy,
  area: ReadonlySet<string>,
): TargetForOptions | undefined {
  if (code === hierarchy.province) return { level: "province" };
  const city = hierarchy.cities.find((c) => c.code === code);
  if (city) {
    const counties = city.units.filter((u) => area.has(u)).length;
    return counties > 0 ? { level: "city", counties } : undefined;
  }
  return area.has(code) ? { level: "county" } : undefined;
}

/**
 * Every target of the feed: the province's per phase (§四 and the derived figures), and for the
 * programme area's counties and their cities the per-unit norms (step (d)). In indicator, phase
 * and region order.
 *
 * @example
 * feedTargets(hierarchy, new Set(["441481"])).find((t) => t.region === "441481" && t.indicator === "youths-paired")?.value
 * //=> 50
 */
export function feedTargets(hierarchy: RegionHierarchy, area: ReadonlySet<string>): FeedTarget[] {
  const out: FeedTarget[] = [];
  // Each region's level, worked out once rather than for every indicator and phase.
  const levels = hierarchy.regions.map((region) => targetLevelOf(region.code, hierarchy, area));
  for (const indicator of indicators) {
    for (const phase of phaseIds) {
      // And each level's target once per indicator and phase: most counties share theirs.
      const targets = new Map<string, ReturnType<typeof targetFor>>();
      hierarchy.regions.forEach((region, r) => {
        const level = levels[r];
        if (!level) return;
        const key = `${level.level} ${level.counties}`;
        if (!targets.has(key))
          targets.set(key, targetFor(indicator.id as IndicatorId, phase, level));
        const target = targets.get(key);
        if (!target) return;
        // Keys in canonical (code-unit) order, as the feed's text has them: canonicalJson then
        // writes the object as it is instead of a sorted copy (thousands per feed).
        out.push({
          clause: target.clause,
          derived: target.derived,
          ...(target.formula !== undefined && { formula: target.formula }),
          indicator: indicator.id,
          phase,
          region: region.code,
          value: target.value,
        });
      });
    }
  }
  return out;
}
