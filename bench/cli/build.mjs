// Benchmark of `zhucan build` (packages/cli): the feed built over all 29 months × 22 reporting
// units of the synthetic sample (seed 1), in memory and through the report files, with
// repetitions; prints the medians and writes bench/cli/RESULTS-build.md.
//
//   cd packages/cli && npx tsup && cd ../.. && node bench/cli/build.mjs [--runs 5] [--format csv|xlsx|both]
//
// Target (issue 3): `zhucan build` over the files ≤ 1 s. Not a timed test: figures depend on the
// machine and its load (given in the results file).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const cli = join(root, "packages", "cli");
const bin = join(cli, "dist", "bin.js");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option("--runs", "5"));
const formats = option("--format", "both") === "both" ? ["csv", "xlsx"] : [option("--format")];

// The in-memory API is not part of the package's exports: bundle it from the sources with the
// esbuild that tsup uses, into packages/cli/node_modules/.cache (so that its dependencies resolve
// as the CLI's own do), and remove it at the end.
const esbuild = createRequire(createRequire(join(cli, "package.json")).resolve("tsup"))("esbuild");
const work = mkdtempSync(join(tmpdir(), "zhucan-bench-"));
const cache = join(cli, "node_modules", ".cache", "zhucan-bench");
const entry = join(work, "entry.ts");
const src = (p) => JSON.stringify(join(cli, "src", p));
writeFileSync(
  entry,
  [
    `export { buildFeed } from ${src("feed/build-feed.ts")};`,
    `export { buildFeedHistory } from ${src("feed/build-feed-history.ts")};`,
    `export { canonicalJson } from ${src("feed/canonical-json.ts")};`,
    `export { sampleReports } from ${src("sample/sample-reports.ts")};`,
    `export { readReportFile } from ${src("io/read-report-file.ts")};`,
    `export { sampleProgrammeArea } from "@zhucan/domain";`,
  ].join("\n"),
);
await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  outfile: join(cache, "api.mjs"),
  absWorkingDir: cli,
  logLevel: "error",
});
const api = await import(pathToFileURL(join(cache, "api.mjs")).href);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (f) => {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
};
const timeAsync = async (f) => {
  const t = performance.now();
  const value = await f();
  return { ms: performance.now() - t, value };
};

const results = [];
const sample = time(() => api.sampleReports(1));
results.push(["sampleReports(1) in memory (630 reports)", [sample.ms]]);
const reports = sample.value;
const area = api.sampleProgrammeArea;

const inMemory = [];
let feedBytes = 0;
for (let i = 0; i < runs; i++) {
  const r = time(() => api.canonicalJson(api.buildFeed(reports, { area, sample: true })));
  inMemory.push(r.ms);
  feedBytes = Buffer.byteLength(r.value);
}
results.push(["buildFeed + canonicalJson, in memory (release 2018-12)", inMemory]);
const history = [];
for (let i = 0; i < Math.min(runs, 3); i++) {
  history.push(
    time(() => api.buildFeedHistory(reports, { from: "2016-08", area, sample: true })).ms,
  );
}
results.push(["buildFeedHistory 2016-08…2018-12, in memory (29 releases)", history]);

for (const format of formats) {
  const dir = join(work, format);
  const t = performance.now();
  execFileSync(process.execPath, [bin, "sample", "--seed", "1", "--out", dir, "--format", format], {
    stdio: "ignore",
  });
  results.push([`zhucan sample --format ${format} (writes 630 files)`, [performance.now() - t]]);
  const files = readdirSync(join(dir, "reports")).map((f) => join(dir, "reports", f));
  const reading = [];
  for (let i = 0; i < runs; i++) {
    reading.push(
      (
        await timeAsync(async () => {
          for (const f of files) await api.readReportFile(f);
        })
      ).ms,
    );
  }
  results.push([
    `readReportFile × ${files.length} ${format} files, in process, one by one`,
    reading,
  ]);
  const cliRuns = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(
      process.execPath,
      [bin, "build", "--reports", join(dir, "reports"), "--out", join(dir, `feed${i}`)],
      {
        stdio: "ignore",
      },
    );
    cliRuns.push(performance.now() - t0);
  }
  results.push([`zhucan build over ${files.length} ${format} files (whole process)`, cliRuns]);
}
rmSync(work, { recursive: true, force: true });
rmSync(cache, { recursive: true, force: true });

const machine = `${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, Node ${process.version}, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(" / ")} at the end`;
const rows = results.map(
  ([what, xs]) =>
    `| ${what} | ${median(xs).toFixed(0)} | ${xs.map((x) => x.toFixed(0)).join(", ")} |`,
);
const md = `# zhucan build — benchmark results

Generated by \`node bench/cli/build.mjs --runs ${runs}\` (do not edit by hand). Machine: ${machine}.
Input: the synthetic sample, seed 1 — 22 reporting units × 29 months (2016-08 … 2018-12), 630 reports
(8 never received), all 124 county-level units. Feed (release 2018-12): ${(feedBytes / 1024).toFixed(0)} KiB of canonical JSON.
Target (issue 3): \`zhucan build\` over all 29 months × 22 units ≤ 1 s.

| what | median ms | runs (ms) |
|---|---:|---|
${rows.join("\n")}
`;
writeFileSync(join(here, "RESULTS-build.md"), md);
console.log(md);
