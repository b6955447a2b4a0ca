import { type Problem, problem } from "../result/result.js";
import type { FeedRegion, PublicFeed } from "./public-feed.js";

// The levels a region's parent must have: the feed is one province, its cities, their counties
// (a county-level city or district under the city whose code it shares: GB/T 2260's first four
// digits). A widget sums and colours by this tree, so a broken one must not pass as a feed.
const parentLevel = { province: null, city: "province", county: "city" } as const;

const levelWords = {
  province: { "zh-CN": "省", en: "province" },
  city: { "zh-CN": "地级市", en: "city" },
  county: { "zh-CN": "县（市、区）", en: "county" },
} as const;

function parentProblems(
  region: FeedRegion,
  index: number,
  byCode: ReadonlyMap<string, FeedRegion>,
): Problem[] {
  const path = ["regions", index, "parent"];
  const wanted = parentLevel[region.level];
  if (wanted === null) {
    return region.parent === null
      ? []
      : [
          problem("feed-region-hierarchy", path, {
            "zh-CN": `省级地区 ${region.code} 不应有上级（parent 应为 null）`,
            en: `the province ${region.code} must have no parent (parent must be null)`,
          }),
        ];
  }
  const parent = region.parent === null ? undefined : byCode.get(region.parent);
  if (parent?.level !== wanted) {
    return [
      problem("feed-region-hierarchy", path, {
        "zh-CN": `${levelWords[region.level]["zh-CN"]} ${region.code} 的上级 ${region.parent ?? "null"} 应为 regions 中列出的${levelWords[wanted]["zh-CN"]}`,
        en: `the ${levelWords[region.level].en} ${region.code} has parent ${region.parent ?? "null"}, which must be a ${levelWords[wanted].en} listed in regions`,
      }),
    ];
  }
  const shared = region.level === "city" ? 2 : 4;
  if (region.code.slice(0, shared) !== parent.code.slice(0, shared)) {
    return [
      problem("feed-region-hierarchy", path, {
        "zh-CN": `${region.code} 的代码前 ${shared} 位与上级 ${parent.code} 不一致`,
        en: `${region.code} does not share its first ${shared} digits with its parent ${parent.code}`,
      }),
    ];
  }
  return [];
}

/**
 * Checks the feed's regions form one tree (one province, its cities, their counties; codes
 * unique; each parent listed, of the level above, sharing the code's prefix) and that every
 * series, target, progress row and correction names a listed region. Part of `parseFeed`.
 *
 * @example
 * regionProblems(feedWithTwoProvinces).map((p) => p.code) //=> ["feed-region-hierarchy"]
 */
export function regionProblems(feed: PublicFeed): Problem[] {
  const problems: Problem[] = [];
  const byCode = new Map<string, FeedRegion>();
  feed.regions.forEach((region, i) => {
    if (byCode.has(region.code)) {
      problems.push(
        problem("feed-duplicate-region", ["regions", i, "code"], {
          "zh-CN": `地区代码 ${region.code} 在 regions 中出现了不止一次`,
          en: `region code ${region.code} is listed more than once in regions`,
        }),
      );
    } else {
      byCode.set(region.code, region);
    }
  });
  const provinces = feed.regions.filter((r) => r.level === "province").length;
  if (provinces !== 1) {
    problems.push(
      problem("feed-region-hierarchy", ["regions"], {
        "zh-CN": `regions 应恰好有 1 个省级地区，实际有 ${provinces} 个`,
        en: `regions must list exactly 1 province, found ${provinces}`,
      }),
    );
  }
  feed.regions.forEach((region, i) => {
    problems.push(...parentProblems(region, i, byCode));
  });
  for (const section of ["series", "targets", "progress", "corrections"] as const) {
    feed[section].forEach((row, i) => {
      if (byCode.has(row.region)) return;
      problems.push(
        problem("feed-unknown-region", [section, i, "region"], {
          "zh-CN": `${section} 第 ${i} 项的地区代码 ${row.region} 未在 regions 中列出`,
          en: `${section} ${i} names region ${row.region}, which regions does not list`,
        }),
      );
    });
  }
  return problems;
}
