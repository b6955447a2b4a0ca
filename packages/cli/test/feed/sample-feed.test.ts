// The checked-in sample feed (packages/cli/sample-feed/) must be exactly what the full pipeline
// gives: `zhucan sample --seed 1` → files → `zhucan build --from 2016-08`. Regenerate with
//   cd packages/cli && UPDATE_SAMPLE_FEED=1 npx vitest run test/feed/sample-feed.test.ts
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFeed } from "@zhucan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/commands/build.js";
import { sampleCommand } from "../../src/commands/sample.js";
import { verifyFeedChecksum } from "../../src/feed/feed-checksum.js";
import { testContext } from "./command-context.js";

const checkedIn = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "sample-feed");
const files = ["latest.json", "releases/2018-12.json"];
let work: string;
let built: Map<string, string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "zhucan-sample-feed-"));
  const context = testContext(work);
  expect(
    await sampleCommand.run(["--seed", "1", "--out", "sample", "--format", "csv"], context),
  ).toBe(0);
  expect(
    await buildCommand.run(
      ["--reports", "sample/reports", "--out", "feed", "--from", "2016-08"],
      context,
    ),
  ).toBe(0);
  built = new Map();
  for (const f of files) built.set(f, await readFile(join(work, "feed", f), "utf8"));
  if (process.env.UPDATE_SAMPLE_FEED === "1") {
    await mkdir(join(checkedIn, "releases"), { recursive: true });
    for (const f of files) await copyFile(join(work, "feed", f), join(checkedIn, f));
  }
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("the checked-in sample feed", () => {
  it.each(files)(
    "%s is what sample --seed 1 + build --from 2016-08 give today (else: regenerate it)",
    async (f) => {
      expect(existsSync(join(checkedIn, f))).toBe(true);
      const text = await readFile(join(checkedIn, f), "utf8");
      expect(
        text === built.get(f),
        `${f} is stale: run UPDATE_SAMPLE_FEED=1 npx vitest run test/feed/sample-feed.test.ts`,
      ).toBe(true);
    },
  );

  it("passes parseFeed, carries a checksum that verifies, and says it is sample data", async () => {
    const feed = JSON.parse(await readFile(join(checkedIn, "latest.json"), "utf8"));
    const parsed = parseFeed(feed);
    expect(parsed.ok).toBe(true);
    expect(verifyFeedChecksum(feed)).toBe(true);
    expect([feed.sample, feed.area.sample, feed.release]).toEqual([true, true, "2018-12"]);
  });

  it("has a corrections log, late and missing reports, and suppressed cells to show", async () => {
    const feed = JSON.parse(await readFile(join(checkedIn, "latest.json"), "utf8"));
    expect(feed.corrections.length).toBeGreaterThan(5);
    const statuses = feed.timeliness.flatMap((t: { values: string[] }) => t.values);
    expect(statuses).toContain("late");
    expect(statuses).toContain("missing");
    const cells = feed.series.flatMap((s: { values: unknown[] }) => s.values);
    expect(cells).toContain("<5");
    expect(cells).toContain("suppressed");
  });
});
