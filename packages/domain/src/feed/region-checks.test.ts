// SYNTHETIC data only: mutations of the invented feed in synthetic-feed.test-support.ts.
import { describe, expect, it } from "vitest";
import { parseFeed } from "./parse-feed.js";
import type { PublicFeed } from "./public-feed.js";
import { syntheticFeed } from "./synthetic-feed.test-support.js";

type Mutation = (feed: PublicFeed) => PublicFeed;

const withRegion = (index: number, change: Partial<PublicFeed["regions"][number]>): Mutation => {
  return (feed) => ({
    ...feed,
    regions: feed.regions.map((r, i) => (i === index ? { ...r, ...change } : r)),
  });
};

const problemsOf = (feed: PublicFeed) => {
  const result = parseFeed(feed);
  return result.ok ? [] : result.errors.map((e) => `${e.code} @ ${e.path.join(".")}`);
};

describe("parseFeed checks the region tree", () => {
  it("accepts the synthetic feed: province → city → two counties", () => {
    expect(problemsOf(syntheticFeed())).toEqual([]);
  });

  it.each<[string, Mutation, string[]]>([
    [
      "a province listed as a city",
      withRegion(0, { level: "city" }),
      [
        "feed-region-hierarchy @ regions",
        "feed-region-hierarchy @ regions.0.parent",
        "feed-region-hierarchy @ regions.1.parent",
      ],
    ],
    [
      "a second province",
      (f) => ({
        ...f,
        regions: [
          ...f.regions,
          { ...(f.regions[0] as PublicFeed["regions"][number]), code: "450000" },
        ],
      }),
      ["feed-region-hierarchy @ regions"],
    ],
    [
      "a province with a parent",
      withRegion(0, { parent: "440000" }),
      ["feed-region-hierarchy @ regions.0.parent"],
    ],
    [
      "a city without a parent",
      withRegion(1, { parent: null }),
      ["feed-region-hierarchy @ regions.1.parent"],
    ],
    [
      "a county whose parent is the province",
      withRegion(2, { parent: "440000" }),
      ["feed-region-hierarchy @ regions.2.parent"],
    ],
    [
      "a county whose parent is not listed",
      withRegion(2, { parent: "441500" }),
      ["feed-region-hierarchy @ regions.2.parent"],
    ],
    [
      "a county under a city whose code it does not share (its rows now name an unlisted code)",
      withRegion(2, { code: "441522" }),
      [
        "feed-region-hierarchy @ regions.2.parent",
        "feed-unknown-region @ series.2.region",
        "feed-unknown-region @ corrections.0.region",
      ],
    ],
    [
      "a region code listed twice (the code it replaced is then unlisted)",
      withRegion(3, { code: "441422" }),
      ["feed-duplicate-region @ regions.3.code", "feed-unknown-region @ series.3.region"],
    ],
  ])("rejects %s", (_, mutate, expected) => {
    expect(problemsOf(mutate(syntheticFeed()))).toEqual(expected);
  });

  it.each(["series", "targets", "progress", "corrections"] as const)(
    "rejects a row of %s naming a region the feed does not list",
    (section) => {
      const feed = syntheticFeed();
      const rows = feed[section].map((row, i) => (i === 0 ? { ...row, region: "449999" } : row));
      expect(problemsOf({ ...feed, [section]: rows })).toEqual([
        `feed-unknown-region @ ${section}.0.region`,
      ]);
    },
  );

  it("explains each problem in both languages, naming the code", () => {
    const result = parseFeed(withRegion(2, { parent: "441500" })(syntheticFeed()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message["zh-CN"]).toContain("441500");
    expect(result.errors[0]?.message.en).toBe(
      "the county 441422 has parent 441500, which must be a city listed in regions",
    );
  });
});
