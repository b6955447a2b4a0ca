// Benchmark: time to paint the county map of 124 regions with <zc-progress-map> against a
// minimal hand-written SVG drawing of the same cells (plain DOM calls, as d3's append does),
// side by side in ONE Chromium page, interleaved, many repetitions. Not a timed test: it writes
// its figures to bench/map-render/RESULTS.md. The budget of issue 4 is a ratio ≤ 1.1.
//
//   cd packages/widgets && npx tsup && cd ../.. && node bench/map-render/run.mjs [repetitions]
//
// Diagnostics (they write nothing; see diagnose.mjs and README.md):
//   --trace            a Chromium trace of 40 interleaved rounds: each side's "to paint" window by
//                      phase (script, style, layout, paint…); ZC_SAMPLES=1 adds V8's samples
//   --ab=<bundle.js>   this build's map against another build of dist/zhucan-widgets.js, in one page
//   --bundle=<file>    use this bundle instead of dist/zhucan-widgets.js
//   --css-edits=<json> [[from, to], …] replaced in the map's stylesheets (the variant's with --ab)
//   --extra-css="…"    a stylesheet added to the map's styles
//
// The feed is SYNTHETIC (seeded statuses and values for the real division codes), validated
// with parseFeed before the run. Chromium is Debian's (/usr/bin/chromium), driven by the
// `playwright` devDependency of @zhucan/widgets; frame-rate limiting and vsync are off so that
// "the next frame" comes as soon as the work is done instead of on a 60 Hz tick.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFeed } from "@zhucan/domain";
import { chromiumArgs, chromiumExecutable } from "../../chromium.mjs";
import { abRun, printTrace, recordTrace } from "./diagnose.mjs";
import { page } from "./page.mjs";
import { syntheticFeed, tileCells } from "./synthetic-feed.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const widgets = join(here, "../../packages/widgets");
const { chromium } = createRequire(join(widgets, "package.json"))("playwright");
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const repetitions = Number(args.find((a) => !a.startsWith("--")) ?? 200);
const warmup = 20;

// --- run ---------------------------------------------------------------------------------

const bundle = option("bundle") ?? join(widgets, "dist/zhucan-widgets.js");
let bundleText;
try {
  bundleText = readFileSync(bundle, "utf8");
} catch {
  console.error(`${bundle} is missing: run "cd packages/widgets && npx tsup" first.`);
  process.exit(1);
}
const cells = await tileCells();
if (cells.length !== 124) throw new Error(`expected 124 tile cells, found ${cells.length}`);
const feed = syntheticFeed(cells);
const checked = parseFeed(feed);
if (!checked.ok)
  throw new Error(`the synthetic feed is not valid: ${JSON.stringify(checked.errors.slice(0, 3))}`);

const browser = await chromium.launch({
  executablePath: chromiumExecutable,
  // The shared flags, plus no vsync or frame cap, so paint times are not rounded to 16.7 ms frames.
  args: [...chromiumArgs, "--disable-gpu-vsync", "--disable-frame-rate-limit"],
});
const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
const tab = await context.newPage();
const files = {
  "/": ["text/html", page],
  "/zhucan-widgets.js": ["text/javascript", bundleText],
  "/feed.json": ["application/json", JSON.stringify(feed)],
  "/cells.json": ["application/json", JSON.stringify(cells)],
};
await tab.route("http://bench.invalid/**", (route) => {
  const path = new URL(route.request().url()).pathname;
  const file = files[path];
  return file
    ? route.fulfill({ status: 200, contentType: file[0], body: file[1] })
    : route.fulfill({ status: 404, body: "not found" });
});
await tab.goto("http://bench.invalid/");
await tab.waitForFunction(() => window.benchReady === true);
const ab = option("ab");
if (ab) {
  // The other build's tags are renamed `zcb-…` so that both builds live in one page.
  const other = readFileSync(ab, "utf8").replace(
    /customElements\.(get|define)\("zc-/g,
    'customElements.$1("zcb-',
  );
  await tab.evaluate(async (code) => {
    await import(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
  }, other);
}
const tag = ab ? "zcb-progress-map" : "zc-progress-map";
const cssEdits = option("css-edits");
if (cssEdits) {
  await tab.evaluate(
    ([edits, tag]) => {
      for (const s of customElements.get(tag).elementStyles) {
        const sheet = s.styleSheet ?? s;
        let text = [...sheet.cssRules].map((r) => r.cssText).join("\n");
        for (const [from, to] of edits) text = text.split(from).join(to);
        sheet.replaceSync(text);
      }
    },
    [JSON.parse(readFileSync(cssEdits, "utf8")), tag],
  );
}
const extraCss = option("extra-css");
if (extraCss) {
  await tab.evaluate(
    ([css, tag]) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      customElements.get(tag).elementStyles.push(sheet);
    },
    [extraCss, tag],
  );
}
if (ab || args.includes("--trace")) {
  if (ab) await abRun(context, tab, repetitions, warmup);
  else {
    await tab.evaluate(([n, w]) => window.runBench(n, w), [5, warmup]);
    const cdp = await context.newCDPSession(tab);
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: a diagnostic switch of this script, not of any turbo task
    const samples = Boolean(process.env.ZC_SAMPLES);
    const kinds = ["widget", "baseline"];
    const events = await recordTrace(
      cdp,
      tab,
      () => tab.evaluate(([k, n]) => window.runInterleaved(k, n, 0), [kinds, 40]),
      { samples },
    );
    printTrace(events, kinds, { samples });
  }
  await browser.close();
  process.exit(0);
}
const loadStart = loadavg();
const cpuStart = process.cpuUsage();
const results = await tab.evaluate(([n, w]) => window.runBench(n, w), [repetitions, warmup]);

// CPU time, which a loaded machine does not inflate as it does wall time: blocks of rounds of one
// side, alternating, with the renderer's counters read before and after each block (thread
// ticks: CPU time of the renderer's main thread, and of its whole process with the compositor
// and raster threads). A widget round here also includes its second render (legend, summary,
// data table, accessible names).
const cdp = await context.newCDPSession(tab);
await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
const counters = async () =>
  Object.fromEntries(
    (await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]),
  );
const blockRounds = 20;
const blocks = Math.max(2, Math.round(repetitions / blockRounds));
const cpu = { widget: [], baseline: [] };
for (let i = 0; i < blocks * 2; i++) {
  const kind = i % 2 === 0 ? "widget" : "baseline";
  const before = await counters();
  await tab.evaluate(([k, n]) => window.runBlock(k, n), [kind, blockRounds]);
  const after = await counters();
  cpu[kind].push({
    thread: ((after.ThreadTime - before.ThreadTime) * 1000) / blockRounds,
    process: ((after.ProcessTime - before.ProcessTime) * 1000) / blockRounds,
  });
}
const benchCpu = process.cpuUsage(cpuStart);
const version = browser.version();
await browser.close();

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
};
const stats = (kind, metric) => {
  const values = results[kind].map((r) => r[metric]);
  return {
    median: quantile(values, 0.5),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: Math.min(...values),
  };
};
const rows = ["paint", "layout"].map((metric) => {
  const w = stats("widget", metric);
  const b = stats("baseline", metric);
  return { metric, w, b, ratio: w.median / b.median, minRatio: w.min / b.min };
});
const ms = (x) => `${x.toFixed(2)} ms`;
const settled = stats("widget", "settled");
const paint = rows[0];
const verdict = paint.ratio <= 1.1 ? "within" : "**over**";
const cpuStats = (kind, metric) => {
  const values = cpu[kind].map((r) => r[metric]);
  return { median: quantile(values, 0.5), min: Math.min(...values) };
};
const cpuRows = [
  ["renderer main thread", "thread"],
  ["renderer process (all threads)", "process"],
].map(([label, metric]) => {
  const w = cpuStats("widget", metric);
  const b = cpuStats("baseline", metric);
  return `| CPU per round, ${label} | ${ms(w.median)}, min ${ms(w.min)} | ${ms(b.median)}, min ${ms(b.min)} | ${(w.median / b.median).toFixed(2)}× | ${(w.min / b.min).toFixed(2)}× |`;
});
const lines = [
  "# County map render — benchmark figures",
  "",
  `Generated by \`node bench/map-render/run.mjs ${repetitions}\` (after \`cd packages/widgets && npx tsup\`),`,
  "one Chromium page, the two drawings side by side, interleaved (alternating which goes first),",
  `${warmup} warm-up rounds discarded, then ${repetitions} rounds. Feed: SYNTHETIC, 144 regions, 29 months,`,
  'seeded statuses and values (parseFeed-valid). Each round starts on a fresh frame; "to paint" ends',
  "when the next frame after the work has been produced (requestAnimationFrame + a message),",
  '"to layout" when a synchronous getBoundingClientRect has forced style and layout.',
  "",
  `- **<zc-progress-map>**: create the element, set \`.feed\` (validated once per feed object, as on a`,
  "  page), attach, await its first update, which draws in its shadow root the caption, the tile grid",
  "  of 124 cells (coloured square, name, status symbol, programme-area corner mark), the city",
  "  outlines, the toolbar and the provenance line. What it draws a frame after that paint (its",
  "  legend, summary, 124-row data table (visually hidden) and the cells' accessible names) is not",
  '  in "to paint"; "to settled" ends when all of it has been drawn.',
  "- **baseline**: a hand-written SVG of the same 124 cells (plain `createElementNS`, as d3's",
  "  `append` does): coloured square, two-character name, status symbol. Nothing else.",
  "",
  `The "CPU per round" rows come from ${blocks * 2} blocks of ${blockRounds} rounds of one side, alternating,`,
  "after the interleaved rounds: the renderer's CPU time (thread ticks) over the block, per round. A",
  "widget round there includes its second render (legend, summary, table, names); CPU time is not",
  "inflated by other jobs on a loaded machine as wall time is.",
  "",
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version},`,
  `Chromium ${version} (headless, --disable-gpu, --disable-gpu-vsync, --disable-frame-rate-limit),`,
  `${new Date().toISOString().slice(0, 10)}.`,
  "",
  "| measure | <zc-progress-map> median (p25–p75), min | baseline median (p25–p75), min | ratio of medians | ratio of minima |",
  "|---|---|---|---|---|",
  ...rows.map(
    ({ metric, w, b, ratio, minRatio }) =>
      `| to ${metric} | ${ms(w.median)} (${ms(w.p25)}–${ms(w.p75)}), ${ms(w.min)} | ${ms(b.median)} (${ms(b.p25)}–${ms(b.p75)}), ${ms(b.min)} | ${ratio.toFixed(2)}× | ${minRatio.toFixed(2)}× |`,
  ),
  `| to settled (legend, summary, hidden data table and names drawn) | ${ms(settled.median)} (${ms(settled.p25)}–${ms(settled.p75)}), ${ms(settled.min)} | — | — | — |`,
  ...cpuRows,
  "",
  `Budget (issue 4): painted within 1.1× of the minimal drawing — ${verdict} budget at ${paint.ratio.toFixed(2)}×`,
  `(ratio of medians; ${paint.minRatio.toFixed(2)}× for the minima). Load average while running: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ", ",
    )} on ${cpus().length} CPUs (${loadStart.map((x) => x.toFixed(1)).join(", ")} at the start).`,
  `CPU time of this Node script (it drives the browser): user ${(benchCpu.user / 1000).toFixed(0)} ms, system ${(benchCpu.system / 1000).toFixed(0)} ms.`,
  "",
];
writeFileSync(join(here, "RESULTS.md"), lines.join("\n"));
console.log(lines.join("\n"));
