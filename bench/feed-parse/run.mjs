// Benchmark: parseFeed (@zhucan/domain) on the CLI's committed sample feed
// (packages/cli/sample-feed/latest.json, SYNTHETIC data), many runs in one process; prints the
// medians (wall-clock and CPU time, with the load average when each row began) and writes
// bench/feed-parse/RESULTS.md.
//
//   cd packages/domain && npx tsup && cd ../.. && node bench/feed-parse/run.mjs [--runs 30]
//     [--dist label=path/to/a/domain/dist ...]
//
// It also bundles `export { parseFeed } from "<dist>/index.js"` for each build as a page's bundler
// would (esbuild, minified ESM; as /work/notes/bundle-size.mjs does) and reports its gzip size:
// what a page downloads to validate feeds.
//
// Each `--dist` adds the parseFeed of another build of the domain, so that two versions are
// measured side by side on the same machine at the same load. RESULTS.md compares with b0d5363
// (parseFeed on zod): its `npx tsup` output, copied with the domain's package.json to
// packages/domain/node_modules/.cache/feed-parse-baseline/ (there it still resolves zod), run as
// `--dist b0d5363=packages/domain/node_modules/.cache/feed-parse-baseline/dist`. The reference row
// `PublicFeed.safeParse` is the zod schema alone (what parseFeed ran before it had its own
// checker). Not a timed test: figures depend on the machine and its load; CPU time (user +
// system of this process) says more than wall-clock time on a loaded machine.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { load, median, time } from "../timing.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const args = process.argv.slice(2);
const runs = Number(args.includes("--runs") ? args[args.indexOf("--runs") + 1] : 30);
const warmup = 5;
const builds = [["current", join(root, "packages/domain/dist")]];
args.forEach((arg, i) => {
  if (arg !== "--dist") return;
  const [label, path] = (args[i + 1] ?? "").split("=");
  builds.push([label, resolve(path)]);
});

const feedPath = join(root, "packages/cli/sample-feed/latest.json");
const text = readFileSync(feedPath, "utf8");
const feed = JSON.parse(text);

/** Times `f` `runs` times after `warmup` untimed runs; `f` must return a Result-like value. */
function measure(what, f, check) {
  for (let i = 0; i < warmup; i++) check(f());
  const loadThen = load(2);
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const r = time(f);
    check(r.value);
    xs.push(r);
  }
  return [what, xs, loadThen];
}

// The esbuild that tsup uses (a dependency of the domain's build), resolved from the domain.
const esbuild = createRequire(
  createRequire(join(root, "packages/domain/package.json")).resolve("tsup"),
)("esbuild");
const work = mkdtempSync(join(tmpdir(), "zhucan-feed-parse-"));
async function pageBytes(dist) {
  const entry = join(work, "entry.mjs");
  writeFileSync(entry, `export { parseFeed } from ${JSON.stringify(join(dist, "index.js"))};\n`);
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    splitting: true,
    outdir: join(work, "out"),
    write: false,
    logLevel: "error",
  });
  const files = out.outputFiles;
  return {
    minified: files.reduce((n, f) => n + f.contents.length, 0),
    gzip: files.reduce((n, f) => n + gzipSync(f.contents).length, 0),
  };
}
const sizes = [];
for (const [label, dist] of builds) sizes.push([label, await pageBytes(dist)]);
rmSync(work, { recursive: true, force: true });

const results = [];
for (const [label, dist] of builds) {
  const domain = await import(pathToFileURL(join(dist, "index.js")).href);
  const mustPass = (r) => {
    if (!r.ok) throw new Error(`${label}: parseFeed rejected the sample feed`);
  };
  results.push(measure(`parseFeed (${label} build)`, () => domain.parseFeed(feed), mustPass));
  if (label === "current") {
    results.push(
      measure(
        "reference: PublicFeed.safeParse alone (zod)",
        () => domain.PublicFeed.safeParse(feed),
        (r) => {
          if (!r.success) throw new Error("PublicFeed rejected the sample feed");
        },
      ),
    );
  }
}

const machine = `${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, Node ${process.version}`;
const ms = (x) => x.toFixed(1);
const rows = results.map(
  ([what, xs, loadThen]) =>
    `| ${what} | ${ms(median(xs.map((x) => x.ms)))} | ${ms(median(xs.map((x) => x.cpu)))} | ${ms(Math.min(...xs.map((x) => x.ms)))} | ${loadThen} |`,
);
const table = [
  "| what | median wall ms | median CPU ms | fastest wall ms | load |",
  "|---|---:|---:|---:|---:|",
  ...rows,
].join("\n");
const sizeTable = [
  "| build | minified bytes | gzip bytes |",
  "|---|---:|---:|",
  ...sizes.map(([label, { minified, gzip }]) => `| ${label} | ${minified} | ${gzip} |`),
].join("\n");
const distNote = builds
  .slice(1)
  .map(([label, path]) => `\`${label}\` = ${path.replace(`${root}/`, "")}`)
  .join(", ");
const md = `# parseFeed — benchmark results

Generated by \`node bench/feed-parse/run.mjs --runs ${runs}${builds
  .slice(1)
  .map(([label]) => ` --dist ${label}=…`)
  .join("")}\` (do not edit by hand). Machine: ${machine}; load average
${loadavg()
  .map((l) => l.toFixed(2))
  .join(" / ")} at the end. ${distNote ? `Other builds: ${distNote}.` : ""}

Input: packages/cli/sample-feed/latest.json (SYNTHETIC sample, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB),
parsed once with JSON.parse; each run validates the same object. ${warmup} untimed warm-up runs,
then ${runs} timed runs per row. CPU = user + system time of this process (all threads, so the
garbage collector's helper threads count too). Load = the 1-minute load average when the row began.

${table}

What a page loads for parseFeed (\`export { parseFeed } from "<dist>/index.js"\` bundled by
esbuild, minified ESM, all chunks):

${sizeTable}
`;
writeFileSync(join(here, "RESULTS.md"), md);
console.log(table);
console.log(sizeTable);
