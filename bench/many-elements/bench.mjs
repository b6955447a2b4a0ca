// Benchmark of many widgets on one page (issue 6, "Many on a page"): a page with 50 elements on
// one feed URL, served by a local node:http server, opened in Debian's Chromium through
// playwright. Measures the time from navigation to every element ready, the main thread's long
// tasks while loading, the JS heap once settled (after a forced garbage collection), how many
// times the feed was requested, and how long a click on one element's table toggle takes to
// show its table once all are on the page. Prints medians and writes bench/many-elements/RESULTS.md.
//
//   cd packages/widgets && npx tsup && cd ../.. && node bench/many-elements/bench.mjs [--runs 5]
//
// Not a timed test: figures depend on the machine and its load (given in the results file).
// The request count is asserted in packages/widgets/test/hardening/many-elements.test.ts.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "../../chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const widgets = join(root, "packages", "widgets");
const { chromium } = createRequire(join(widgets, "package.json"))("playwright");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option("--runs", "5"));
const count = Number(option("--count", "50"));

const bundlePath = join(widgets, "dist", "zhucan-widgets.js");
if (!existsSync(bundlePath)) {
  console.error(
    "packages/widgets/dist/zhucan-widgets.js is missing: cd packages/widgets && npx tsup",
  );
  process.exit(1);
}
const bundle = readFileSync(bundlePath);
// The synthetic sample feed the CLI checks in (29 months, 144 regions).
const feed = readFileSync(join(root, "packages", "cli", "sample-feed", "latest.json"));

const mixed = [
  "zc-stat",
  "zc-target-progress",
  "zc-phase-timeline",
  "zc-needs-breakdown",
  "zc-progress-map",
  "zc-report-tracker",
  "zc-pairing-diagram",
  "zc-dashboard",
];
const scenarios = [
  { name: `${count} × <zc-stat>`, tags: ["zc-stat"] },
  { name: `${count} mixed (the 8 tags in turn, dashboards included)`, tags: mixed },
  { name: `${count} mixed, no dashboard (the 7 single elements in turn)`, tags: mixed.slice(0, 7) },
];

function page(tags) {
  const elements = Array.from({ length: count }, (_, i) => {
    const tag = tags[i % tags.length];
    return `<${tag} src="/feed.json"></${tag}>`;
  }).join("\n");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<script src="/observe.js"></script>
<script type="module" src="/zhucan-widgets.js"></script></head>
<body><main>${elements}</main></body></html>`;
}

// Long tasks from the first moment, and the instant every element is ready.
const observe = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: "longtask", buffered: true });
window.__allReady = (async () => {
  await new Promise((r) => document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", r) : r());
  const all = [...document.querySelectorAll("main > *")];
  await Promise.all(all.map((e) => customElements.whenDefined(e.localName)));
  const states = await Promise.all(all.map((e) => e.whenSettled()));
  return { at: performance.now(), states };
})();`;

let feedRequests = 0;
let current = "";
const server = createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const send = (type, body) =>
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" }).end(body);
  if (path === "/") return send("text/html; charset=utf-8", current);
  if (path === "/observe.js") return send("text/javascript", observe);
  if (path === "/zhucan-widgets.js") return send("text/javascript", bundle);
  if (path === "/feed.json") {
    feedRequests += 1;
    return send("application/json", feed);
  }
  res.writeHead(path === "/favicon.ico" ? 204 : 404).end();
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  ...chromiumLaunchOptions,
  headless: true,
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function once(tags) {
  current = page(tags);
  feedRequests = 0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Performance.enable");
  await tab.goto(url, { waitUntil: "commit" });
  await tab.waitForFunction(() => window.__allReady !== undefined);
  const ready = await tab.evaluate(() => window.__allReady);
  if (!ready.states.every((s) => s === "ready")) throw new Error(`not all ready: ${ready.states}`);
  await tab.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const longTasks = await tab.evaluate(() => window.__longTasks);
  await cdp.send("HeapProfiler.collectGarbage");
  const metrics = (await cdp.send("Performance.getMetrics")).metrics;
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
  const nodes = metrics.find((m) => m.name === "Nodes")?.value ?? 0;
  // Responsiveness once everything is on the page: a click on the last element's table toggle
  // until its table is shown.
  const clickMs = await tab.evaluate(async () => {
    const el = document.querySelector("main > :last-child");
    const toggle = el.shadowRoot.querySelector("button[aria-controls]");
    const start = performance.now();
    toggle.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  });
  await context.close();
  return {
    readyMs: ready.at,
    longTaskCount: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks),
    blockingMs: longTasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
    heapMB: heap / 1024 / 1024,
    nodes,
    feedRequests,
    clickMs,
  };
}

const results = [];
for (const scenario of scenarios) {
  await once(scenario.tags); // warm-up: the browser's caches and code compilation
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once(scenario.tags));
  const m = (key) => median(samples.map((s) => s[key]));
  const row = {
    scenario: scenario.name,
    readyMs: m("readyMs"),
    longestTaskMs: m("longestTaskMs"),
    blockingMs: m("blockingMs"),
    heapMB: m("heapMB"),
    nodes: m("nodes"),
    clickMs: m("clickMs"),
    feedRequests: [...new Set(samples.map((s) => s.feedRequests))].join("/"),
  };
  results.push(row);
  console.log(
    `${row.scenario}: all ready ${row.readyMs.toFixed(0)} ms · longest task ${row.longestTaskMs.toFixed(0)} ms · total blocking ${row.blockingMs.toFixed(0)} ms · JS heap ${row.heapMB.toFixed(1)} MB · ${row.nodes} DOM nodes · click → table ${row.clickMs.toFixed(0)} ms · feed requests ${row.feedRequests}`,
  );
}
await browser.close();
server.close();

const cpu = cpus()[0]?.model ?? "unknown CPU";
const lines = [
  "# Many elements on one page — last figures",
  "",
  "Written by `node bench/many-elements/bench.mjs` (see the script's header). Medians of",
  `${runs} runs after one warm-up, each in a fresh browser context; Debian Chromium, headless,`,
  "`dist/zhucan-widgets.js` (the self-contained ES module) and the synthetic sample feed",
  "(`packages/cli/sample-feed/latest.json`) served by a local node:http server.",
  "",
  `Machine: ${cpu}, ${availableParallelism()} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ")} at the end (other work was running: figures are upper bounds).`,
  "",
  "| page | all ready | longest task | total blocking | JS heap (after GC) | DOM nodes | click → table | feed requests |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...results.map(
    (r) =>
      `| ${r.scenario} | ${r.readyMs.toFixed(0)} ms | ${r.longestTaskMs.toFixed(0)} ms | ${r.blockingMs.toFixed(0)} ms | ${r.heapMB.toFixed(1)} MB | ${r.nodes} | ${r.clickMs.toFixed(0)} ms | ${r.feedRequests} |`,
  ),
  "",
  "- *all ready*: from navigation start to every element's `whenSettled()` resolving `ready`.",
  "- *longest task*, *total blocking*: main-thread long tasks (> 50 ms) while loading; total",
  "  blocking time is the sum of each long task's time beyond 50 ms.",
  "- *DOM nodes*: Chromium's count, shadow trees included.",
  "- *click → table*: one element's table toggle clicked with every element on the page, until",
  "  the table is drawn (the page's responsiveness once loaded).",
  "- *feed requests*: requests of `/feed.json` per page load (one per URL, whatever the count).",
  "",
];
writeFileSync(join(here, "RESULTS.md"), lines.join("\n"));
console.log(`Wrote ${join("bench", "many-elements", "RESULTS.md")}`);
