// No suppressed value can be recomputed from a built feed: on the checked-in sample feed and on
// feeds built from other seeds of the (synthetic) sample, for every indicator counting people,
// no city or province equation of any month has exactly one hidden cell, and no hidden cell
// lies in the row space of all of them together ("published total − published parts", in any
// combination).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type PublicFeed, sampleProgrammeArea } from "@zhucan/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFeed } from "../../src/feed/build-feed.js";
import { sampleReports } from "../../src/sample/sample-reports.js";
import { recomputableCells, singlyHiddenEquations } from "./disclosure-checks.js";
import { publishedGrid } from "./feed-equations.js";

const here = dirname(fileURLToPath(import.meta.url));
const checkedIn = JSON.parse(
  readFileSync(join(here, "..", "..", "sample-feed", "latest.json"), "utf8"),
) as PublicFeed;

function expectNothingRecomputable(feed: PublicFeed) {
  const people = feed.indicators.filter((i) => i.countsPeople).map((i) => i.id);
  expect(people.length).toBeGreaterThan(0);
  for (const indicator of people) {
    const { grid, hidden } = publishedGrid(feed, indicator);
    expect(grid.equations.length).toBeGreaterThan(0);
    expect(singlyHiddenEquations(grid, hidden), indicator).toEqual([]);
    expect(recomputableCells(grid, hidden), indicator).toEqual([]);
  }
}

describe("no suppressed value can be recomputed from the feed", () => {
  it("in the checked-in sample feed", () => {
    expectNothingRecomputable(checkedIn);
  });

  it("in feeds built from other seeds of the synthetic sample (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2 ** 31 }), (seed) => {
        expectNothingRecomputable(
          buildFeed(sampleReports(seed), { area: sampleProgrammeArea, sample: true }),
        );
      }),
      { numRuns: 3 },
    );
  }, 240_000);
});
