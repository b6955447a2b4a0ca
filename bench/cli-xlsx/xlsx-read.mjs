// Benchmark of reading the cities' xlsx reports (packages/cli): the 630 xlsx files of the
// synthetic sample (seed 1) read in process — by the fast reader (src/io/xlsx-fast), by exceljs
// + worksheetGrid as before, and through readReportFile — and `zhucan build` over them as a whole
// process; prints medians (wall-clock and CPU time, the load average when each row began) and
// writes bench/cli-xlsx/RESULTS.md.
//
//   node bench/cli-xlsx/xlsx-read.mjs [--runs 7]
//
// Target (issue 3): `zhucan build` over all 29 months × 22 units ≤ 1 s. Not a timed test: figures
// depend on the machine and its load. bench/cli/build.mjs measures the same build rows beside
// the CSV ones; this script has a cache folder of its own so that both can run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const cli = join(root, "packages", "cli");
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;

// The API is not exported by the package: bundle it from the sources with tsup's esbuild, into
// node_modules/.cache (so that its dependencies resolve as the CLI's own do); removed at the end.
const esbuild = createRequire(createRequire(join(cli, "package.json")).resolve("tsup"))("esbuild");
const work = mkdtempSync(join(tmpdir(), "zhucan-bench-xlsx-"));
const cache = join(cli, "node_modules", ".cache", "zhucan-bench-xlsx");
const entry = join(work, "entry.ts");
const src = (p) => JSON.stringify(join(cli, "src", p));
writeFileSync(
  entry,
  [
    `export { readReportFile } from ${src("io/read-report-file.ts")};`,
    `export { readXlsxFast } from ${src("io/xlsx-fast/read-xlsx-fast.ts")};`,
    `export { loadWorkbook, worksheetGrid } from ${src("io/xlsx-grid.ts")};`,
  ].join("\n"),
);
const bundle = (entryPoints, outfile, options) =>
  esbuild.build({
    entryPoints,
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    absWorkingDir: cli,
    logLevel: "error",
    ...options,
  });
await bundle([entry], join(cache, "api.mjs"), { packages: "external" });
// The CLI as tsup bundles dist/bin.js (domain, zod, date-fns inside; the rest outside).
const bin = join(cache, "bin.mjs");
await bundle([join(cli, "src", "bin.ts")], bin, {
  external: ["csv-parse", "iconv-lite", "exceljs"],
});
const api = await import(pathToFileURL(join(cache, "api.mjs")).href);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const cpuMs = (u) => (u.user + u.system) / 1000;
const timeAsync = async (f) => {
  const t = performance.now();
  const u = process.cpuUsage();
  const value = await f();
  return { ms: performance.now() - t, cpu: cpuMs(process.cpuUsage(u)), value };
};
// A child process, timed by /usr/bin/time when there is one (its CPU time, all threads).
const run = (command) => {
  const t = performance.now();
  let cpu = Number.NaN;
  if (existsSync("/usr/bin/time")) {
    const r = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, ...command], {
      encoding: "utf8",
    });
    if (r.status !== 0)
      throw new Error(`zhucan ${command.slice(1).join(" ")} failed:\n${r.stderr}`);
    const [user, system] = (r.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
    cpu = ((user ?? 0) + (system ?? 0)) * 1000;
  } else {
    execFileSync(process.execPath, command, { stdio: "ignore" });
  }
  return { ms: performance.now() - t, cpu };
};
const load = () => loadavg()[0].toFixed(1);

const results = [];
const dir = join(work, "xlsx");
let loadAtStart = load();
results.push([
  "zhucan sample --format xlsx (writes 630 files)",
  [run([bin, "sample", "--seed", "1", "--out", dir, "--format", "xlsx"])],
  loadAtStart,
]);
const files = readdirSync(join(dir, "reports")).map((f) => join(dir, "reports", f));
const contents = files.map((f) => new Uint8Array(readFileSync(f)));

let declined = 0;
for (const bytes of contents) if (api.readXlsxFast(bytes) === "unsupported") declined += 1;

const inProcess = async (what, read) => {
  loadAtStart = load();
  const xs = [];
  for (let i = 0; i < runs; i++) xs.push(await timeAsync(read));
  results.push([what, xs, loadAtStart]);
};
await inProcess(
  `fast reader: readXlsxFast + grid × ${files.length} files (bytes in memory)`,
  () => {
    for (const bytes of contents) {
      const sheets = api.readXlsxFast(bytes);
      if (sheets !== "unsupported") sheets[0].grid();
    }
  },
);
await inProcess(
  `exceljs: loadWorkbook + worksheetGrid × ${files.length} files (bytes in memory)`,
  async () => {
    for (const bytes of contents) api.worksheetGrid((await api.loadWorkbook(bytes)).worksheets[0]);
  },
);
await inProcess(`readReportFile × ${files.length} xlsx files, in process, one by one`, async () => {
  for (const f of files) await api.readReportFile(f);
});
loadAtStart = load();
const cliRuns = [];
for (let i = 0; i < runs; i++) {
  cliRuns.push(
    run([bin, "build", "--reports", join(dir, "reports"), "--out", join(dir, `feed${i}`)]),
  );
}
results.push([
  `zhucan build over ${files.length} xlsx files (whole process)`,
  cliRuns,
  loadAtStart,
]);
rmSync(work, { recursive: true, force: true });
rmSync(cache, { recursive: true, force: true });

const machine = `${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, Node ${process.version}, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(" / ")} at the end`;
const ms = (x) => (Number.isNaN(x) ? "–" : x.toFixed(0));
const rows = results.map(
  ([what, xs, loadThen]) =>
    `| ${what} | ${ms(median(xs.map((x) => x.ms)))} | ${ms(median(xs.map((x) => x.cpu)))} | ${xs.map((x) => ms(x.ms)).join(", ")} | ${loadThen} |`,
);
const md = `# Reading xlsx reports — benchmark results

Generated by \`node bench/cli-xlsx/xlsx-read.mjs --runs ${runs}\` (do not edit by hand; the CLI is
bundled from \`packages/cli/src\` as tsup bundles dist/bin.js). Machine: ${machine}.

Input: the synthetic sample, seed 1, written by \`zhucan sample --format xlsx\`: ${files.length} xlsx
reports. The fast reader declined ${declined} of them (those are read by exceljs).
CPU = user + system time (in-process rows: of this script; \`zhucan\` rows: of the process, all
threads). Load = the 1-minute load average when the row began.

| what | median wall ms | median CPU ms | wall runs (ms) | load |
|---|---:|---:|---|---:|
${rows.join("\n")}
`;
writeFileSync(join(here, "RESULTS.md"), md);
console.log(md);
