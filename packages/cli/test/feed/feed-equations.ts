// The equations a reader can write down from a published feed alone: in every month where a
// total and all its parts have figures, total = Σ parts (a city and its county-level units, the
// province and its cities). Used to check that no hidden cell can be recomputed from the feed.
import type { PublicFeed } from "@zhucan/domain";
import type { CellEquation, CellGrid } from "../../src/feed/suppression/cell-grid.js";

/** The grid of one indicator as published: hidden cells are the strings; values of published ones. */
export function publishedGrid(
  feed: PublicFeed,
  indicator: string,
): { grid: CellGrid; hidden: (cell: number) => boolean } {
  const n = feed.months.length;
  const index = new Map(feed.regions.map((r, i) => [r.code, i]));
  const cells = new Array<number | string | null>(feed.regions.length * n).fill(null);
  for (const s of feed.series) {
    if (s.indicator !== indicator) continue;
    const r = index.get(s.region) as number;
    s.values.forEach((v, m) => {
      cells[r * n + m] = v;
    });
  }
  const children = new Map<string, number[]>();
  feed.regions.forEach((r, i) => {
    if (r.parent === null) return;
    children.set(r.parent, [...(children.get(r.parent) ?? []), i]);
  });
  const equations: CellEquation[] = [];
  feed.regions.forEach((r, i) => {
    const kids = children.get(r.code);
    if (!kids) return;
    for (let m = 0; m < n; m++) {
      const total = i * n + m;
      const parts = kids.map((k) => k * n + m);
      if ([total, ...parts].every((c) => cells[c] !== null)) equations.push({ total, parts });
    }
  });
  const grid: CellGrid = {
    regionCount: feed.regions.length,
    monthCount: n,
    values: cells.map((v) => (typeof v === "number" ? v : v === null ? null : 0)),
    countyLevel: feed.regions.map((r) => r.level === "county"),
    equations,
  };
  return { grid, hidden: (c) => typeof cells[c] === "string" };
}
