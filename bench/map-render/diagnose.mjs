// Diagnostics of bench/map-render (not the benchmark itself): where the renderer's main thread
// spends each side's "to paint" window, from a Chromium trace, and an A/B of two builds of the
// widget in one page. The page marks each round ("zc-round-<kind>" … "zc-painted-<kind>") when
// `window.traceMarks` is set.
import { loadavg } from "node:os";

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[xs.length >> 1] ?? 0;
const minimum = (xs) => sorted(xs)[0] ?? 0;
/** Thread time of a complete event in ms (wall time when the trace has none). */
const ms = (e) => (e.tdur ?? e.dur ?? 0) / 1000;

/** The rendering phases reported per window, in their order in a frame. */
const phases = ["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize"];

/**
 * Records a Chromium trace (timeline, user timing marks and, with `samples`, V8's CPU samples)
 * while `work` runs, with the page's round marks on.
 */
export async function recordTrace(cdp, tab, work, { samples = false } = {}) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on("Tracing.dataCollected", collect);
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await tab.evaluate(() => {
    window.traceMarks = true;
  });
  const categories = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "blink.user_timing",
  ];
  if (samples) categories.push("disabled-by-default-v8.cpu_profiler");
  await cdp.send("Tracing.start", {
    categories: categories.join(","),
    transferMode: "ReportEvents",
  });
  await work();
  await cdp.send("Tracing.end");
  await complete;
  cdp.off("Tracing.dataCollected", collect);
  await tab.evaluate(() => {
    window.traceMarks = false;
  });
  return events;
}

/** The complete events of the renderer's main thread (the thread that laid out most). */
export function mainThreadEvents(events) {
  const layouts = new Map();
  for (const e of events) {
    if (e.name === "Layout")
      layouts.set(`${e.pid}:${e.tid}`, (layouts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  }
  const main = [...layouts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X")
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/** Each round's "to paint" window of one side, [start, end] in trace microseconds. */
export function paintWindows(events, kind) {
  const windows = [];
  const marks = events.filter(
    (e) => e.name === `zc-round-${kind}` || e.name === `zc-painted-${kind}`,
  );
  for (const m of marks.sort((a, b) => a.ts - b.ts)) {
    if (m.name.startsWith("zc-round")) windows.push([m.ts, Number.POSITIVE_INFINITY]);
    else if (windows.length) windows.at(-1)[1] = m.ts;
  }
  return windows;
}

/**
 * Per window: "script", the wall time from the round's start to its first style or layout (the
 * element's own work, or the baseline's DOM calls), then the thread time of each phase
 * (outermost events only: a Paint holds nested Paints). One line of medians/minima.
 */
export function phaseLine(own, windows) {
  const per = windows.map(() => new Map());
  const ends = new Map();
  let w = 0;
  for (const e of own) {
    while (w < windows.length && e.ts >= windows[w][1]) w++;
    if (w >= windows.length) break;
    if (e.ts < windows[w][0]) continue;
    const m = per[w];
    if ((e.name === "UpdateLayoutTree" || e.name === "Layout") && !m.has("script"))
      m.set("script", (e.ts - windows[w][0]) / 1000);
    if (!phases.includes(e.name) || e.ts < (ends.get(e.name) ?? 0)) continue;
    ends.set(e.name, e.ts + (e.dur ?? 0));
    m.set(e.name, (m.get(e.name) ?? 0) + ms(e));
  }
  const stat = (name) => {
    const xs = per.map((m) => m.get(name) ?? 0);
    return `${name} ${median(xs).toFixed(2)}/${minimum(xs).toFixed(2)}`;
  };
  const total = per.map((m) => phases.reduce((t, n) => t + (m.get(n) ?? 0), 0));
  return `median/min ms: ${["script", ...phases].map(stat).join(", ")}; style to layerize ${median(total).toFixed(2)}/${minimum(total).toFixed(2)} (${windows.length} rounds)`;
}

/** Self time (an event's thread time less its children's) by event name inside the windows. */
export function selfTimeLine(own, windows) {
  const inWindow = (e) => windows.some(([a, b]) => e.ts >= a && e.ts < b);
  const self = new Map();
  const stack = [];
  for (const e of own) {
    while (stack.length && stack.at(-1).ts + (stack.at(-1).dur ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    stack.push(e);
    if (!inWindow(e)) continue;
    if (parent && inWindow(parent)) self.set(parent.name, (self.get(parent.name) ?? 0) - ms(e));
    self.set(e.name, (self.get(e.name) ?? 0) + ms(e));
  }
  const n = windows.length || 1;
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return `self time per round (thread ms): ${top.map(([name, t]) => `${name} ${(t / n).toFixed(2)}`).join(", ")}`;
}

/** V8's samples inside the windows: the functions with most self time, and most inclusive time. */
export function sampleLines(events, windows) {
  const profiles = new Map();
  const self = new Map();
  const inclusive = new Map();
  let sampled = 0;
  for (const e of events.filter((x) => x.name === "Profile" || x.name === "ProfileChunk")) {
    const data = e.args?.data ?? {};
    if (e.name === "Profile") {
      profiles.set(e.id, { t: data.startTime, frames: new Map(), parents: new Map() });
      continue;
    }
    const profile = profiles.get(e.id);
    if (!profile) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      profile.frames.set(node.id, node.callFrame);
      if (node.parent) profile.parents.set(node.id, node.parent);
    }
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      profile.t += deltas[i] ?? 0;
      if (!windows.some(([a, b]) => profile.t >= a && profile.t < b)) return;
      sampled++;
      const f = profile.frames.get(id);
      const key = `${f?.functionName || "(anonymous)"} ${f?.url?.split("/").pop() ?? ""}:${(f?.lineNumber ?? -1) + 1}`;
      self.set(key, (self.get(key) ?? 0) + 1);
      const seen = new Set();
      for (let n = id; n !== undefined; n = profile.parents.get(n)) {
        const c = profile.frames.get(n);
        if (c?.url) seen.add(`${c.functionName || "(anonymous)"}:${c.lineNumber + 1}`);
      }
      for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + 1);
    });
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, count]) => `    ${((100 * count) / (sampled || 1)).toFixed(1)} %  ${key}`);
  return [
    `  ${sampled} samples; self:`,
    ...top(self, 20),
    "  inclusive (the page's own functions):",
    ...top(inclusive, 25),
  ];
}

/** Prints, for each side, the phase line and self times of its windows (and samples, if any). */
export function printTrace(events, kinds, { samples = false } = {}) {
  const own = mainThreadEvents(events);
  for (const kind of kinds) {
    const windows = paintWindows(events, kind);
    console.log(`${kind.padEnd(8)} to paint, ${phaseLine(own, windows)}`);
    console.log(`${kind.padEnd(8)} ${selfTimeLine(own, windows)}`);
    if (samples) for (const line of sampleLines(events, windows)) console.log(line);
  }
}

/**
 * The A/B run: this build's map ("widget"), the other build's ("variant") and the baseline,
 * interleaved in one page; then CPU blocks of each (the renderer main thread's time per round,
 * both renders of the map included); then a traced run of the same, by phase.
 */
export async function abRun(context, tab, rounds, warmup) {
  const kinds = ["widget", "variant", "baseline"];
  const results = await tab.evaluate(
    ([k, n, w]) => window.runInterleaved(k, n, w),
    [kinds, rounds, warmup],
  );
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const thread = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value;
  const cpu = Object.fromEntries(kinds.map((k) => [k, []]));
  const blockRounds = 20;
  for (let i = 0; i < kinds.length * Math.max(2, Math.round(rounds / blockRounds)); i++) {
    const kind = kinds[i % kinds.length];
    const before = await thread();
    await tab.evaluate(([k, n]) => window.runBlock(k, n), [kind, blockRounds]);
    cpu[kind].push((((await thread()) - before) * 1000) / blockRounds);
  }
  const paint = (kind) => results[kind].map((r) => r.paint);
  for (const kind of kinds) {
    console.log(
      `${kind.padEnd(8)} to paint median ${median(paint(kind)).toFixed(2)} ms, min ${minimum(paint(kind)).toFixed(2)} ms; CPU per round (main thread) median ${median(cpu[kind]).toFixed(2)} ms, min ${minimum(cpu[kind]).toFixed(2)} ms`,
    );
  }
  const ratio = (kind, f) => (f(paint(kind)) / f(paint("baseline"))).toFixed(2);
  console.log(
    `to paint against the baseline, medians: widget ${ratio("widget", median)}×, variant ${ratio("variant", median)}×; minima: widget ${ratio("widget", minimum)}×, variant ${ratio("variant", minimum)}×; load ${loadavg()[0].toFixed(1)}`,
  );
  const events = await recordTrace(cdp, tab, () =>
    tab.evaluate(([k, n]) => window.runInterleaved(k, n, 0), [kinds, Math.min(rounds, 60)]),
  );
  printTrace(events, kinds);
}
