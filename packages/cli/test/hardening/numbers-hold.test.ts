// The numbers hold: in the checked-in sample feed and in feeds built from random synthetic
// reports, county → city → province totals reconcile exactly for every indicator and month
// except where suppression is declared (and there they stay consistent), and no "<5" cell can be
// recomputed — or pinned by one equation — from what is published. Read from the published JSON
// only (feed-reconciliation.ts). SYNTHETIC data only.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type PublicFeed, parseFeed, sampleProgrammeArea } from "@zhucan/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFeedHistory } from "../../src/feed/build-feed-history.js";
import { canonicalJson } from "../../src/feed/canonical-json.js";
import { sampleReports } from "../../src/sample/sample-reports.js";
import { type Reconciliation, reconcileFeed } from "./feed-reconciliation.js";

const sampleFeedDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "sample-feed");
const sampleFiles = [
  "latest.json",
  ...readdirSync(join(sampleFeedDir, "releases")).map((f) => join("releases", f)),
];
const readFeed = (file: string): PublicFeed =>
  JSON.parse(readFileSync(join(sampleFeedDir, file), "utf8")) as PublicFeed;

function expectHolds(result: Reconciliation): void {
  expect(result.mismatches).toEqual([]);
  expect(result.missingTotals).toEqual([]);
  expect(result.recomputable.small).toEqual([]);
  expect(result.pinned).toEqual([]);
}

const figures = (label: string, r: Reconciliation) =>
  `${label}: ${r.exact} exact equations, ${r.withSuppression} with suppression, ` +
  `${r.hiddenCells.small} "<5" and ${r.hiddenCells.suppressed} "suppressed" cells, ` +
  `${r.recomputable.suppressed.length} "suppressed" recomputable, ${r.narrowed.length} "<5" narrowed`;

describe("the checks themselves", () => {
  it("catch a total that does not add up, and a lone hidden cell", () => {
    const feed = readFeed("latest.json");
    const clean = reconcileFeed(feed);
    expect(clean.exact).toBeGreaterThan(1000);
    // A county figure of a city whose parts are all published: +1 breaks the sum; "<5" would
    // leave it the only hidden cell of its equation.
    const county = feed.regions.find((r) => r.code === "441402") as PublicFeed["regions"][number];
    const seriesIndex = feed.series.findIndex(
      (s) => s.indicator === "star-organisations" && s.region === county.code,
    );
    const series = feed.series[seriesIndex] as PublicFeed["series"][number];
    const last = series.values.length - 1;
    const bumped = structuredClone(feed);
    const value = series.values[last] as number;
    (bumped.series[seriesIndex] as PublicFeed["series"][number]).values[last] = value + 1;
    expect(reconcileFeed(bumped).mismatches.length).toBeGreaterThan(0);
    const hidden = structuredClone(feed);
    (hidden.series[seriesIndex] as PublicFeed["series"][number]).values[last] = "<5";
    expect(reconcileFeed(hidden).recomputable.small).toContain(
      `star-organisations 441402 ${feed.months[last]}`,
    );
  });
});

describe("the checked-in sample feed (packages/cli/sample-feed)", () => {
  it.each(sampleFiles)(
    "%s reconciles and gives no hidden figure away",
    (file) => {
      const feed = readFeed(file);
      expect(parseFeed(feed).ok).toBe(true);
      const result = reconcileFeed(feed);
      expectHolds(result);
      console.info(figures(file, result));
    },
    120_000,
  );
});

describe("feeds built from random synthetic reports", () => {
  it("reconcile and give no hidden figure away (12 random report sets)", () => {
    const seen = { exact: 0, withSuppression: 0, small: 0, suppressed: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom("2016-12", "2017-03", "2017-06"),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 8 }),
        (seed, last, missing, corrections) => {
          const reports = sampleReports(seed, { first: "2016-08", last, missing, corrections });
          const from = last === "2016-12" ? "2016-11" : "2017-01";
          const feeds = buildFeedHistory(reports, {
            from,
            release: last,
            area: { ...sampleProgrammeArea, sample: true, source: "synthetic test area" },
            sample: true,
          });
          for (const feed of feeds) {
            // As published: through the canonical JSON the CLI writes.
            const published = JSON.parse(canonicalJson(feed)) as PublicFeed;
            const result = reconcileFeed(published);
            expectHolds(result);
            seen.exact += result.exact;
            seen.withSuppression += result.withSuppression;
            seen.small += result.hiddenCells.small;
            seen.suppressed += result.hiddenCells.suppressed;
          }
        },
      ),
      { numRuns: 12 },
    );
    expect(seen.small).toBeGreaterThan(0);
    console.info(
      `random feeds: ${seen.exact} exact equations, ${seen.withSuppression} with suppression, ${seen.small} "<5", ${seen.suppressed} "suppressed"`,
    );
  }, 600_000);
});
