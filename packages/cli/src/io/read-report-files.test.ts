import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticReport } from "../../test/support/synthetic-reports.js";
import { useTempDir } from "../../test/support/temp-dir.js";
import { readReportFile } from "./read-report-file.js";
import { type ReportFileToRead, readReportFiles } from "./read-report-files.js";
import { writeReportFile } from "./write-report-file.js";

// SYNTHETIC reports only. The real worker script is dist/report-reader-worker.js; here it is
// bundled from the sources (with the esbuild tsup uses) into node_modules/.cache, so that its
// imports resolve as the package's own do.
const dir = useTempDir("read-many");
const packageDir = join(import.meta.dirname, "..", "..");
const cache = join(packageDir, "node_modules", ".cache", `report-reader-test-${process.pid}`);
const workerScript = pathToFileURL(join(cache, "report-reader-worker.mjs"));
const failingWorker = pathToFileURL(join(cache, "failing-worker.mjs"));
let files: ReportFileToRead[] = [];

beforeAll(async () => {
  const require = createRequire(join(packageDir, "package.json"));
  // esbuild is tsup's dependency, not the package's: typed here by what the test uses.
  const esbuild = createRequire(require.resolve("tsup"))("esbuild") as {
    build(options: Record<string, unknown>): Promise<unknown>;
  };
  await esbuild.build({
    entryPoints: [join(packageDir, "src", "io", "report-reader-worker.ts")],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    outfile: join(cache, "report-reader-worker.mjs"),
    logLevel: "error",
  });
  await mkdir(cache, { recursive: true });
  await writeFile(join(cache, "failing-worker.mjs"), 'throw new Error("stand-in failure");\n');
  const units = ["441400", "441500", "441600", "441700", "441800", "445100"];
  for (const [i, unit] of units.entries()) {
    const path = dir.file(`r${i}.${i % 2 ? "xlsx" : "csv"}`);
    await writeReportFile(syntheticReport(unit, "2017-03"), path, i % 2 ? "xlsx" : "csv");
    files.push({ path, displayName: `r${i}` });
  }
  // A file with a problem, and one that is not there: their problems must come back too.
  await writeFile(dir.file("bad.csv"), "报送单位代码 unit,4414\n");
  files.push({ path: dir.file("bad.csv"), displayName: "bad" });
  files.push({ path: dir.file("missing.csv"), displayName: "missing" });
  files = [...files, ...files.map((f) => ({ ...f, displayName: `${f.displayName}-again` }))];
}, 60_000);

afterAll(async () => {
  await rm(cache, { recursive: true, force: true });
});

describe("readReportFiles", () => {
  it.each([
    { how: "on this thread alone", options: { threads: 1 } },
    { how: "with worker threads", options: { threads: 3, filesPerThread: 1, workerScript } },
    {
      how: "with worker threads alone",
      options: { threads: 3, filesPerThread: 1, workerScript, readOnThisThread: false },
    },
    {
      how: "when the workers fail",
      options: { threads: 3, filesPerThread: 1, workerScript: failingWorker },
    },
    {
      how: "when the workers fail and this thread was to leave the files to them",
      options: {
        threads: 3,
        filesPerThread: 1,
        workerScript: failingWorker,
        readOnThisThread: false,
      },
    },
  ])("gives what readReportFile gives file by file, in file order, $how", async ({ options }) => {
    const expected = [];
    for (const f of files)
      expected.push(await readReportFile(f.path, { displayName: f.displayName }));
    const progress: number[] = [];
    const results = await readReportFiles(files, {
      ...options,
      onProgress: (done) => progress.push(done),
    });
    expect(results).toEqual(expected);
    expect(results.filter((r) => r.problems.length > 0)).toHaveLength(4);
    expect(progress).toEqual(files.map((_, i) => i + 1));
  });

  it("reads on this thread alone when there are too few files for a worker", async () => {
    const results = await readReportFiles(files.slice(0, 3), {
      threads: 4,
      filesPerThread: 2,
      workerScript: failingWorker,
      readOnThisThread: false,
    });
    expect(results.map((r) => r.reports[0]?.unit)).toEqual(["441400", "441500", "441600"]);
  });
});
