import type { Problem } from "../result/result.js";
import { type FeedRuleIssue, feedRuleIssue } from "./feed-issues.js";
import { feedProblem } from "./feed-words.js";
import type { FeedRegion, PublicFeed } from "./public-feed.js";

// The levels a region's parent must have: the feed is one province, its cities, their counties
// (a county-level city or district under the city whose code it shares: GB/T 2260's first four
// digits). A widget sums and colours by this tree, so a broken one must not pass as a feed.
const parentLevel = { province: null, city: "province", county: "city" } as const;

function parentIssues(
  region: FeedRegion,
  index: number,
  byCode: ReadonlyMap<string, FeedRegion>,
): FeedRuleIssue[] {
  const path = ["regions", index, "parent"];
  const code = "feed-region-hierarchy";
  const wanted = parentLevel[region.level];
  if (wanted === null) {
    return region.parent === null
      ? []
      : [feedRuleIssue(code, path, "province-parent", region.code)];
  }
  const parent = region.parent === null ? undefined : byCode.get(region.parent);
  if (parent?.level !== wanted) {
    const named = region.parent ?? "null";
    return [feedRuleIssue(code, path, "parent-level", region.level, region.code, named, wanted)];
  }
  const shared = region.level === "city" ? 2 : 4;
  if (region.code.slice(0, shared) !== parent.code.slice(0, shared)) {
    return [feedRuleIssue(code, path, "parent-prefix", region.code, shared, parent.code)];
  }
  return [];
}

/**
 * Checks the feed's regions form one tree (one province, its cities, their counties; codes
 * unique; each parent listed, of the level above, sharing the code's prefix) and that every
 * series, target, progress row and correction names a listed region. Part of `parseFeed`.
 *
 * @example
 * regionIssues(feedWithTwoProvinces).map((issue) => issue.code) //=> ["feed-region-hierarchy"]
 */
export function regionIssues(feed: PublicFeed): FeedRuleIssue[] {
  const issues: FeedRuleIssue[] = [];
  const byCode = new Map<string, FeedRegion>();
  feed.regions.forEach((region, i) => {
    if (byCode.has(region.code)) {
      issues.push(
        feedRuleIssue(
          "feed-duplicate-region",
          ["regions", i, "code"],
          "duplicate-region",
          region.code,
        ),
      );
    } else {
      byCode.set(region.code, region);
    }
  });
  const provinces = feed.regions.filter((r) => r.level === "province").length;
  if (provinces !== 1) {
    issues.push(feedRuleIssue("feed-region-hierarchy", ["regions"], "province-count", provinces));
  }
  feed.regions.forEach((region, i) => {
    issues.push(...parentIssues(region, i, byCode));
  });
  for (const section of ["series", "targets", "progress", "corrections"] as const) {
    feed[section].forEach((row, i) => {
      if (byCode.has(row.region)) return;
      issues.push(
        feedRuleIssue(
          "feed-unknown-region",
          [section, i, "region"],
          "unknown-region",
          section,
          i,
          row.region,
        ),
      );
    });
  }
  return issues;
}

/**
 * {@link regionIssues} worded as problems (zh-CN and en).
 *
 * @example
 * regionProblems(feedWithTwoProvinces)[0].message.en //=> "regions must list exactly 1 province, found 2"
 */
export function regionProblems(feed: PublicFeed): Problem[] {
  return regionIssues(feed).map(feedProblem);
}
