// The page of bench/map-render: loads the self-contained bundle and draws either side on demand.

/**
 * The benchmark page: the widget's side and the baseline's side, and the rounds the Node script
 * drives (`runBench`, `runInterleaved`, `runBlock`). The baseline is the minimal hand-written
 * drawing of the same cells that issue 4's budget compares with.
 */
export const page = `<!doctype html>
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
    // "variant" (--ab): the other build's map, drawn in the widget's place.
    const container = document.getElementById(kind === "variant" ? "widget" : kind);
    container.replaceChildren();
    await nextPaint();
    const t0 = performance.now();
    if (window.traceMarks) performance.mark("zc-round-" + kind);
    let drawn;
    if (kind !== "baseline") {
      const map = document.createElement(kind === "variant" ? "zcb-progress-map" : "zc-progress-map");
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
    if (window.traceMarks) performance.mark("zc-painted-" + kind);
    if (kind !== "baseline") await container.firstElementChild.whenSettled();
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
  // The given kinds interleaved, rotating which goes first ("variant": the other build, --ab).
  window.runInterleaved = async (kinds, repetitions, warmup) => {
    const feed = await (await fetch("/feed.json")).json();
    const cells = await (await fetch("/cells.json")).json();
    const results = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let i = 0; i < warmup + repetitions; i++) {
      for (let j = 0; j < kinds.length; j++) {
        const kind = kinds[(i + j) % kinds.length];
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
