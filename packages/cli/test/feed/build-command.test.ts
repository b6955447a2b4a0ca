// `zhucan build` and `zhucan sample` through their Command objects, on synthetic reports in a
// temporary folder: nothing is written on any problem, the same input gives the same bytes, and
// the previous release is found in the output folder.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFeed } from "@zhucan/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/commands/build.js";
import { sampleCommand } from "../../src/commands/sample.js";
import { writeReportFile } from "../../src/io/write-report-file.js";
import { testContext } from "./command-context.js";
import { counts, report } from "./synthetic-reports.js";

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), "zhucan-build-"));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const reports = [
  report("441400", "2016-08", { "441402": counts({}, 20), "441403": counts({}, 9) }),
  report("441400", "2016-09", { "441402": counts({}, 26), "441403": counts({}, 12) }),
];
async function writeReports(list = reports) {
  await mkdir(join(work, "reports"), { recursive: true });
  // An index in the name, so that two reports of the same unit and month are two files.
  for (const [i, r] of list.entries()) {
    await writeReportFile(r, join(work, "reports", `${r.unit}-${r.month}-${i}.csv`), "csv");
  }
}
const build = (...args: string[]) => {
  const context = testContext(work);
  return buildCommand
    .run(["--reports", "reports", "--out", "feed", ...args], context)
    .then((code) => ({ code, context }));
};

describe("zhucan build", () => {
  it("writes latest.json and releases/<month>.json that parse, and says what it built", async () => {
    await writeReports();
    const { code, context } = await build();
    expect(code).toBe(0);
    const latest = await readFile(join(work, "feed", "latest.json"), "utf8");
    expect(await readFile(join(work, "feed", "releases", "2016-09.json"), "utf8")).toBe(latest);
    expect(parseFeed(JSON.parse(latest)).ok).toBe(true);
    expect(context.lines.out.at(-1)).toMatch(
      /^Built release 2016-09: 2 reports, 0 corrections logged, checksum sha256-/,
    );
    expect(context.lines.err.some((l) => l.startsWith("No --area given"))).toBe(true);
  });

  it("gives byte-identical files when run again on the same reports", async () => {
    await writeReports();
    await build();
    const first = await readFile(join(work, "feed", "latest.json"));
    await rm(join(work, "feed"), { recursive: true });
    await build();
    expect((await readFile(join(work, "feed", "latest.json"))).equals(first)).toBe(true);
  });

  it.each([
    {
      name: "a report with a problem",
      setup: async () => {
        await writeReports();
        await writeFile(join(work, "reports", "broken.csv"), "not,a,report\n1,2,3\n");
      },
    },
    {
      name: "two reports of the same unit and month",
      setup: async () =>
        writeReports(
          [
            ...reports,
            {
              ...(reports[0] as (typeof reports)[number]),
              receivedAt: "2016-09-12T10:00:00+08:00",
            },
          ].map((r, i) => ({ ...r, note: String(i) })),
        ),
    },
    { name: "an empty folder", setup: async () => mkdir(join(work, "reports")) },
  ])("writes nothing and exits 1 on $name", async ({ setup }) => {
    await setup();
    const { code, context } = await build();
    expect(code).toBe(1);
    expect(existsSync(join(work, "feed"))).toBe(false);
    expect(context.lines.err.at(-1)).toMatch(/nothing was written/);
  });

  it("leaves the previous files untouched when a later run fails, and no temporary folder behind", async () => {
    await writeReports();
    await build();
    const before = await readFile(join(work, "feed", "latest.json"));
    await writeFile(join(work, "reports", "broken.csv"), "x\n");
    expect((await build()).code).toBe(1);
    expect((await readFile(join(work, "feed", "latest.json"))).equals(before)).toBe(true);
    expect((await readdir(join(work, "feed"))).sort()).toEqual(["latest.json", "releases"]);
  });

  it("builds against <out>/releases/<month before>.json when it is there", async () => {
    await writeReports([reports[0] as (typeof reports)[number]]);
    await build();
    await writeReports([
      report(
        "441400",
        "2016-09",
        { "441402": counts({}, 26), "441403": counts({}, 12) },
        {
          corrections: [
            {
              month: "2016-08",
              county: "441403",
              indicator: "youths-covered",
              value: 8,
              reason: "核减 1 人",
            },
          ],
        },
      ),
    ]);
    const { code } = await build();
    expect(code).toBe(0);
    const feed = JSON.parse(await readFile(join(work, "feed", "latest.json"), "utf8"));
    expect(feed.corrections).toMatchObject([
      { release: "2016-09", region: "441403", previous: 9, current: 8, reason: "核减 1 人" },
    ]);
  });

  it("reads the programme area from --area and refuses a wrong one", async () => {
    await writeReports();
    await writeFile(join(work, "area.json"), JSON.stringify({ counties: ["441402"] }));
    expect((await build("--area", "area.json")).code).toBe(0);
    const feed = JSON.parse(await readFile(join(work, "feed", "latest.json"), "utf8"));
    expect(feed.area).toEqual({
      counties: ["441402"],
      sample: false,
      source: "Programme area supplied as area.json",
    });
    await rm(join(work, "feed"), { recursive: true });
    await writeFile(join(work, "area.json"), JSON.stringify({ counties: ["441400"] }));
    await expect(build("--area", "area.json")).rejects.toThrow(/has problems; nothing was written/);
    expect(existsSync(join(work, "feed"))).toBe(false);
  });

  it.each([
    { args: ["--release", "2016-9"], message: /--release must be a month/ },
    { args: ["--reasons", "all"], message: /--reasons must be masked \| withheld/ },
    { args: ["--generated-at", "yesterday"], message: /not an ISO 8601 time/ },
  ])("refuses $args", async ({ args, message }) => {
    await writeReports();
    await expect(build(...args)).rejects.toThrow(message);
  });
});

describe("zhucan sample", () => {
  it("writes synthetic report files named sample-… and a README, replacing a former run's", async () => {
    const context = testContext(work);
    expect(await sampleCommand.run(["--seed", "3", "--out", "s", "--format", "csv"], context)).toBe(
      0,
    );
    const names = await readdir(join(work, "s", "reports"));
    expect(names).toHaveLength(630);
    expect(names.every((n) => /^sample-\d{6}-\d{4}-\d{2}\.csv$/.test(n))).toBe(true);
    expect(await readFile(join(work, "s", "README.md"), "utf8")).toMatch(/Synthetic sample data/);
    expect(await readFile(join(work, "s", "reports", names[0] as string), "utf8")).toMatch(
      /合成数据 synthetic/,
    );
    await sampleCommand.run(["--seed", "3", "--out", "s", "--format", "xlsx"], testContext(work));
    const again = await readdir(join(work, "s", "reports"));
    expect(again.every((n) => n.endsWith(".xlsx"))).toBe(true);
  }, 240_000);

  it.each([
    ["--seed", "-1"],
    ["--seed", "1.5"],
    ["--format", "pdf"],
  ])("refuses %s %s", async (flag, value) => {
    await expect(
      sampleCommand.run([flag, value, "--out", "s"], testContext(work)),
    ).rejects.toThrow();
  });
});
