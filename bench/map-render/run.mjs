// Benchmark: time to paint the county map of 124 regions with <zc-progress-map> against a
// minimal hand-written SVG drawing of the same cells (plain DOM calls, as d3's append does),
// side by side in ONE Chromium page, interleaved, many repetitions. Not a timed test: it writes
// its figures to bench/map-render/RESULTS.md. The budget of issue 4 is a ratio ≤ 1.1.
//
//   cd packages/widgets && npx tsup && cd ../.. && node bench/map-render/run.mjs [repetitions]
//
// With --trace it writes nothing: it records a Chromium trace of 40 rounds of each side and
// prints where the renderer's main thread spent its time per round (thread time: script, style,
// layout, paint), and the first paint's layout alone. --extra-css="…" adds a stylesheet to the
// map's shadow root first, to try what a style costs without rebuilding.
//
// The feed is SYNTHETIC (seeded statuses and values for the real division codes), validated
// with parseFeed before the run. Chromium is Debian's (/usr/bin/chromium), driven by the
// `playwright` devDependency of @zhucan/widgets; frame-rate limiting and vsync are off so that
// "the next frame" comes as soon as the work is done instead of on a 60 Hz tick.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseFeed, progressStatuses } from "@zhucan/domain";
import { chromiumArgs, chromiumExecutable } from "../../chromium.mjs";
import { random } from "../random.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const widgets = join(root, "packages/widgets");
const { chromium } = createRequire(join(widgets, "package.json"))("playwright");
const args = process.argv.slice(2);
const repetitions = Number(args.find((a) => !a.startsWith("--")) ?? 200);
const extraCss = args.find((a) => a.startsWith("--extra-css="))?.slice("--extra-css=".length);
const warmup = 20;

// --- the synthetic feed ------------------------------------------------------------------

/** Cells of the committed tile grid: [code, column, row, name], read by the package's own code. */
async function tileCells() {
  const dist = (file) => pathToFileURL(join(widgets, "dist/layout", file)).href;
  const { countyCells } = await import(dist("tile-grid.generated.js"));
  const { unpackTileCells } = await import(dist("tile-grid.js"));
  return unpackTileCells(countyCells);
}

function syntheticFeed(cells) {
  const next = random(20160720);
  const months = [];
  for (let y = 2016, m = 8; y < 2019; m === 12 ? ((m = 1), y++) : m++) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  const text = (zh, en = zh) => ({ "zh-CN": zh, en });
  const cityNames = new Map(
    readFileSync(join(widgets, "src/layout/gd-county-centroids.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","))
      .map((c) => [c[2], c[3]]),
  );
  const counties = cells.filter(([code]) => !code.endsWith("00"));
  const inArea = new Set(counties.filter(() => next() < 0.57).map(([code]) => code));
  const regions = [
    { code: "440000", level: "province", name: text("广东省", "Guangdong"), parent: null },
    ...[...cityNames].map(([code, name]) => ({
      code,
      level: "city",
      name: text(name),
      parent: "440000",
    })),
    ...counties.map(([code, , , name]) => ({
      code,
      level: "county",
      name: text(name),
      parent: `${code.slice(0, 4)}00`,
      inProgrammeArea: inArea.has(code),
    })),
  ];
  const statuses = progressStatuses;
  const series = [];
  const progress = [];
  for (const region of regions) {
    let value = 0;
    const values = months.map(() => {
      value += Math.floor(next() * 40);
      const roll = next();
      return roll < 0.03 ? null : roll < 0.06 ? "<5" : roll < 0.08 ? "suppressed" : value;
    });
    series.push({ indicator: "youths-covered", region: region.code, values });
    const status = statuses[Math.floor(next() * statuses.length)];
    const actual = values.at(-1);
    progress.push({
      indicator: "youths-covered",
      region: region.code,
      status,
      actual,
      expected: status === "no-target" ? null : 500,
      ratio: typeof actual === "number" && status !== "no-target" ? actual / 500 : null,
      target: status === "no-target" ? null : 500,
      phase: status === "no-target" ? null : "consolidation",
    });
  }
  return {
    schemaVersion: "1.0.0",
    release: months.at(-1),
    asOf: months.at(-1),
    generatedAt: "2019-01-21T09:00:00+08:00",
    publisher: { name: text("基准测试（合成）", "Benchmark (synthetic)") },
    licence: {
      id: "CC-BY-4.0",
      name: "CC BY 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
    },
    checksum: `sha256-${"0".repeat(64)}`,
    sample: true,
    source: text("合成基准数据", "synthetic benchmark data"),
    months,
    indicators: [
      {
        id: "youths-covered",
        name: text("服务覆盖青少年", "Youths covered"),
        unit: text("人", "people"),
        countsPeople: true,
      },
    ],
    phases: [
      { id: "foundation", name: text("基础建设阶段"), start: "2016-08-01", end: "2017-01-01" },
      { id: "deepening", name: text("深入推动阶段"), start: "2017-01-01", end: "2018-01-01" },
      { id: "consolidation", name: text("巩固提高阶段"), start: "2018-01-01", end: "2019-01-01" },
    ],
    regions,
    area: { counties: [...inArea], sample: true, source: "synthetic benchmark area" },
    suppression: { threshold: 5, level: "county", method: text("合成", "synthetic") },
    series,
    targets: [],
    progress,
    timeliness: [],
    corrections: [],
    pairings: [],
  };
}

// --- the page ----------------------------------------------------------------------------

const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>map render bench</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; display: flex; gap: 16px; }
  .side { width: 720px; flex: none; }
  .baseline text { font-size: 10.5px; text-anchor: middle; dominant-baseline: central; fill: #1b1b1f; }
</style></head>
<body><div class="side" id="widget"></div><div class="side" id="baseline"></div>
<script type="module">
  import "/zhucan-widgets.js";
  const svgNs = "http://www.w3.org/2000/svg";
  const colours = {
    achieved: "#009e73", "on-track": "#0072b2", "needs-acceleration": "#e69f00",
    "off-track": "#d55e00", "no-data": "#9aa0a6", "no-target": "#d9dce1",
  };
  const symbols = { achieved: "✓", "on-track": "●", "needs-acceleration": "▲", "off-track": "✕", "no-data": "?", "no-target": "○" };

  // The minimal drawing: one <g> per cell with a coloured square, the name and the status
  // symbol, from the same feed and the same tile positions. No legend, tooltip, table or frame.
  function drawBaseline(container, feed, cells) {
    const names = new Map(feed.regions.map((r) => [r.code, r.name["zh-CN"]]));
    const status = new Map(feed.progress.filter((p) => p.indicator === "youths-covered").map((p) => [p.region, p.status]));
    const svg = document.createElementNS(svgNs, "svg");
    svg.setAttribute("class", "baseline");
    svg.setAttribute("viewBox", "0 0 720 560");
    svg.setAttribute("width", "720");
    for (const [code, column, row, fallback] of cells) {
      const s = status.get(code) ?? "no-data";
      const g = document.createElementNS(svgNs, "g");
      g.setAttribute("transform", "translate(" + column * 40 + " " + row * 40 + ")");
      const rect = document.createElementNS(svgNs, "rect");
      rect.setAttribute("x", "2"); rect.setAttribute("y", "2");
      rect.setAttribute("width", "36"); rect.setAttribute("height", "36");
      rect.setAttribute("fill", colours[s]);
      const name = document.createElementNS(svgNs, "text");
      name.setAttribute("x", "20"); name.setAttribute("y", "14");
      name.textContent = (names.get(code) ?? fallback).slice(0, 2);
      const mark = document.createElementNS(svgNs, "text");
      mark.setAttribute("x", "20"); mark.setAttribute("y", "29");
      mark.textContent = symbols[s];
      g.append(rect, name, mark);
      svg.append(g);
    }
    container.append(svg);
    return svg;
  }

  // Resolves once the frame after the current work has been produced (style, layout, paint).
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  }));

  async function trial(kind, feed, cells) {
    const container = document.getElementById(kind);
    container.replaceChildren();
    await nextPaint();
    const t0 = performance.now();
    let drawn;
    if (kind === "widget") {
      const map = document.createElement("zc-progress-map");
      map.feed = feed;
      container.append(map);
      // The map is drawn by the first update (once the feed validator is loaded, i.e. after the
      // warm-up rounds). Its legend, summary, hidden data table and the cells' accessible names
      // follow a frame after the map is painted (see "to settled").
      await map.updateComplete;
      if (map.state !== "ready") await map.whenSettled();
      drawn = map.shadowRoot.querySelector("svg[data-zc-chart]");
      if (map.shadowRoot.querySelectorAll("g.cell").length !== 124) throw new Error("the map did not draw 124 cells: " + map.state + " " + map.shadowRoot.textContent.slice(0, 300));
    } else {
      drawn = drawBaseline(container, feed, cells);
    }
    drawn.getBoundingClientRect(); // style and layout, synchronously
    const t1 = performance.now();
    await nextPaint();
    const t2 = performance.now();
    if (kind === "widget") await container.firstElementChild.whenSettled();
    const t3 = performance.now();
    return { layout: t1 - t0, paint: t2 - t0, settled: t3 - t0 };
  }

  window.runBench = async (repetitions, warmup) => {
    const feed = await (await fetch("/feed.json")).json();
    const cells = await (await fetch("/cells.json")).json();
    const results = { widget: [], baseline: [] };
    for (let i = 0; i < warmup + repetitions; i++) {
      // Alternate which side goes first so that neither always runs on a warmer page.
      const order = i % 2 === 0 ? ["widget", "baseline"] : ["baseline", "widget"];
      for (const kind of order) {
        const r = await trial(kind, feed, cells);
        if (i >= warmup) results[kind].push(r);
      }
    }
    return results;
  };
  // Rounds of one side only, for the CPU-time blocks (the warm-up rounds above came first).
  window.runBlock = async (kind, rounds) => {
    const feed = await (await fetch("/feed.json")).json();
    const cells = await (await fetch("/cells.json")).json();
    for (let i = 0; i < rounds; i++) await trial(kind, feed, cells);
  };
  window.benchReady = true;
</script></body></html>`;

// --- tracing (--trace) ---------------------------------------------------------------------

/** Traces 40 rounds of each side (after warm-up rounds) and prints the main thread's time. */
async function traceSides() {
  await tab.evaluate(([n, w]) => window.runBench(n, w), [5, warmup]);
  const cdp = await context.newCDPSession(tab);
  const rounds = 40;
  for (const kind of ["widget", "baseline"]) {
    const events = [];
    const collect = (e) => events.push(...e.value);
    cdp.on("Tracing.dataCollected", collect);
    const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.start", {
      categories: "devtools.timeline,disabled-by-default-devtools.timeline",
      transferMode: "ReportEvents",
    });
    await tab.evaluate(([k, n]) => window.runBlock(k, n), [kind, rounds]);
    await cdp.send("Tracing.end");
    await complete;
    cdp.off("Tracing.dataCollected", collect);
    // The renderer's main thread: the one that laid out.
    const layouts = new Map();
    for (const e of events) {
      if (e.name === "Layout")
        layouts.set(`${e.pid}:${e.tid}`, (layouts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    }
    const main = [...layouts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const own = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X");
    const ms = (e) => (e.tdur ?? e.dur ?? 0) / 1000;
    const total = (name) => own.filter((e) => e.name === name).reduce((t, e) => t + ms(e), 0);
    const names = ["FunctionCall", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize"];
    console.log(
      `${kind}, per round (thread ms): ${names.map((n) => `${n} ${(total(n) / rounds).toFixed(2)}`).join(", ")}`,
    );
    // The first paint's layout: the longest layout of each round (the others are the emptied
    // container's and, for the map, its second render's), so the `rounds` longest.
    const all = own.filter((e) => e.name === "Layout").map(ms);
    const long = all.sort((a, b) => b - a).slice(0, rounds);
    long.sort((a, b) => a - b);
    console.log(
      `${kind}, first paint's layout: median ${long[long.length >> 1]?.toFixed(2)} ms, min ${long[0]?.toFixed(2)} ms (${long.length} rounds)`,
    );
  }
}

// --- run ---------------------------------------------------------------------------------

const bundle = join(widgets, "dist/zhucan-widgets.js");
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
if (extraCss) {
  await tab.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    customElements.get("zc-progress-map").elementStyles.push(sheet);
  }, extraCss);
}
if (args.includes("--trace")) {
  await traceSides();
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
