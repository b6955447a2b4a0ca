#!/usr/bin/env node
// Generates src/layout/tile-grid.generated.ts: the tile-grid cartogram of Guangdong (one square
// cell per county-level unit, grouped by city, and one cell per city) from the centroids in
// src/layout/gd-county-centroids.csv (a copy of shared/data/gd-county-centroids.csv).
//
//   node scripts/generate-tile-grid.mjs            # write the generated file
//   node scripts/generate-tile-grid.mjs --preview  # also print the grids as text
//   node scripts/generate-tile-grid.mjs --check    # exit 1 when the committed file is stale
//
// Method (deterministic, no dependencies):
// 1. project lon/lat equirectangularly (x scaled by cos 23°, the province's mid latitude) and
//    scale so that one cell is about the size of a rural county;
// 2. assign units to cells by an optimal assignment (Hungarian algorithm) minimising the sum of
//    squared displacements, so dense areas (the Pearl River Delta, Shantou) spread out evenly;
// 3. improve by a seeded simulated annealing whose cost adds a large penalty for every city
//    split into several 4-connected pieces and a smaller one for lost neighbours and for
//    compass directions flipped between geographic neighbours;
// 4. apply the hand-tuned overrides below (each with its reason);
// 5. translate so the grid starts at (0, 0) and write the file with its source hash, which
//    src/layout/tile-grid.test.ts recomputes to fail when the data or this script changed.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const csvPath = join(here, "../src/layout/gd-county-centroids.csv");
const outPath = join(here, "../src/layout/tile-grid.generated.ts");
const scriptPath = fileURLToPath(import.meta.url);

/** Tuning; changing any of it changes the source hash, so the test asks for a regeneration. */
const settings = {
  county: { cellDegrees: 0.4, seed: 20160720, iterations: 400_000 },
  city: { cellDegrees: 0.9, seed: 20160720, iterations: 60_000 },
  midLatitude: 23,
  /** Cost of one extra 4-connected piece of a city, in squared cells. */
  splitPenalty: 60,
  /** Cost of a geographic nearest neighbour that is not among the 8 cells around a unit. */
  lostNeighbourPenalty: 0.6,
  /** Cost of a neighbour pair whose east–west or north–south order is reversed on the grid. */
  flippedPenalty: 0.8,
  neighbours: 3,
};

/**
 * Hand-tuned moves applied after the search, as [code, column, row, why] in the final grid
 * coordinates; a unit already in the target cell is swapped into the moved unit's old cell.
 * Kept small: the search should do the work. Review them whenever the search settings change.
 */
const countyOverrides = [
  // Shenzhen: 福田 lies between 南山 and 罗湖, and 盐田 east of 罗湖, toward Shanwei.
  ["440304", 10, 9, "福田 between 南山 and 罗湖"],
  ["440303", 11, 9, "罗湖 east of 福田"],
  ["440308", 12, 9, "盐田 east of 罗湖"],
  // Zhanjiang: 遂溪 lies west of the city districts, between 廉江 and 雷州.
  ["440823", 0, 10, "遂溪 west, under 廉江"],
];
const cityOverrides = [];

// ---------------------------------------------------------------------------------------------

/** FNV-1a 32-bit over UTF-16 code units; the test computes the same on the same texts. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function parseCsv(text) {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const keys = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    const row = Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ""]));
    return {
      code: row.code,
      name: row.name,
      city: row.city_code,
      cityName: row.city_name,
      lon: Number(row.lon),
      lat: Number(row.lat),
    };
  });
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Minimum-cost assignment of n rows to m ≥ n columns (e-maxx Hungarian, O(n²m)). */
function hungarian(cost, n, m) {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[(i0 - 1) * m + (j - 1)] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const rowToCol = new Int32Array(n);
  for (let j = 1; j <= m; j++) if (p[j]) rowToCol[p[j] - 1] = j - 1;
  return rowToCol;
}

/**
 * Lays out `units` ({ code, group, x, y } with x east, y south, in projected degrees) on a square
 * grid. Returns { cells: Map(code → [col, row]), metrics }.
 */
function layOut(units, { cellDegrees, seed, iterations }, overrides) {
  const n = units.length;
  const xs = units.map((u) => u.x / cellDegrees);
  const ys = units.map((u) => u.y / cellDegrees);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const margin = 3;
  const px = xs.map((x) => x - minX + margin);
  const py = ys.map((y) => y - minY + margin);
  const cols = Math.ceil(Math.max(...px)) + margin + 1;
  const rows = Math.ceil(Math.max(...py)) + margin + 1;
  const m = cols * rows;
  const cost = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m; k++) {
      const dx = (k % cols) - px[i];
      const dy = Math.floor(k / cols) - py[i];
      cost[i * m + k] = dx * dx + dy * dy;
    }
  }
  const start = hungarian(cost, n, m);
  const at = new Int32Array(n); // unit → cell
  const occupant = new Int32Array(m).fill(-1); // cell → unit
  for (let i = 0; i < n; i++) {
    at[i] = start[i];
    occupant[start[i]] = i;
  }

  // Geographic neighbours: each unit's k nearest centroids (symmetric pairs).
  const pairs = [];
  const pairSet = new Set();
  for (let i = 0; i < n; i++) {
    const near = units
      .map((_, j) => j)
      .filter((j) => j !== i)
      .sort(
        (a, b) =>
          (xs[a] - xs[i]) ** 2 +
          (ys[a] - ys[i]) ** 2 -
          ((xs[b] - xs[i]) ** 2 + (ys[b] - ys[i]) ** 2),
      )
      .slice(0, settings.neighbours);
    for (const j of near) {
      const key = i < j ? `${i},${j}` : `${j},${i}`;
      if (!pairSet.has(key)) {
        pairSet.add(key);
        pairs.push([Math.min(i, j), Math.max(i, j)]);
      }
    }
  }
  const pairsOf = units.map(() => []);
  for (const [a, b] of pairs) {
    pairsOf[a].push([a, b]);
    pairsOf[b].push([a, b]);
  }
  const groups = [...new Set(units.map((u) => u.group))];
  const groupOf = units.map((u) => groups.indexOf(u.group));
  const members = groups.map((_, g) => units.map((_, i) => i).filter((i) => groupOf[i] === g));

  const col = (k) => k % cols;
  const row = (k) => Math.floor(k / cols);
  const displacement = (i, k) => (col(k) - px[i]) ** 2 + (row(k) - py[i]) ** 2;
  const pieces = (g) => {
    const cellsOfGroup = new Set(members[g].map((i) => at[i]));
    let count = 0;
    const seen = new Set();
    for (const startCell of cellsOfGroup) {
      if (seen.has(startCell)) continue;
      count++;
      const stack = [startCell];
      seen.add(startCell);
      while (stack.length) {
        const k = stack.pop();
        const c = col(k);
        for (const next of [k - cols, k + cols, c > 0 ? k - 1 : -1, c < cols - 1 ? k + 1 : -1]) {
          if (next >= 0 && next < m && cellsOfGroup.has(next) && !seen.has(next)) {
            seen.add(next);
            stack.push(next);
          }
        }
      }
    }
    return count;
  };
  const pairCost = ([a, b]) => {
    const dc = col(at[b]) - col(at[a]);
    const dr = row(at[b]) - row(at[a]);
    let c = Math.max(Math.abs(dc), Math.abs(dr)) > 1 ? settings.lostNeighbourPenalty : 0;
    const gx = xs[b] - xs[a];
    const gy = ys[b] - ys[a];
    // Only a clear geographic order (more than half a cell) counts as flipped.
    if (Math.abs(gx) > 0.5 && Math.sign(gx) === -Math.sign(dc)) c += settings.flippedPenalty;
    if (Math.abs(gy) > 0.5 && Math.sign(gy) === -Math.sign(dr)) c += settings.flippedPenalty;
    return c;
  };
  const localCost = (involved) => {
    let c = 0;
    const seenPairs = new Set();
    const seenGroups = new Set();
    for (const i of involved) {
      c += displacement(i, at[i]);
      for (const p of pairsOf[i]) {
        const key = `${p[0]},${p[1]}`;
        if (seenPairs.has(key)) continue;
        seenPairs.add(key);
        c += pairCost(p);
      }
      seenGroups.add(groupOf[i]);
    }
    for (const g of seenGroups) c += settings.splitPenalty * (pieces(g) - 1);
    return c;
  };

  const random = mulberry32(seed);
  const radius = 3;
  const t0 = 2;
  for (let step = 0; step < iterations; step++) {
    const temperature = t0 * (1 - step / iterations) + 1e-3;
    const i = Math.floor(random() * n);
    const from = at[i];
    const c = col(from) + Math.round((random() * 2 - 1) * radius);
    const r = row(from) + Math.round((random() * 2 - 1) * radius);
    if (c < 0 || r < 0 || c >= cols || r >= rows) continue;
    const to = r * cols + c;
    if (to === from) continue;
    const j = occupant[to];
    const involved = j >= 0 ? [i, j] : [i];
    const before = localCost(involved);
    const apply = (a, b) => {
      at[i] = b;
      occupant[b] = i;
      if (j >= 0) {
        at[j] = a;
        occupant[a] = j;
      } else {
        occupant[a] = -1;
      }
    };
    apply(from, to);
    const delta = localCost(involved) - before;
    if (delta > 0 && random() >= Math.exp(-delta / temperature)) {
      // undo
      at[i] = from;
      occupant[from] = i;
      if (j >= 0) {
        at[j] = to;
        occupant[to] = j;
      } else {
        occupant[to] = -1;
      }
    }
  }

  // Translate so the grid starts at (0, 0); the overrides are written in these coordinates.
  const minCol = Math.min(...Array.from(at, col));
  const minRow = Math.min(...Array.from(at, row));
  for (const [code, c, r] of overrides) {
    const i = units.findIndex((u) => u.code === code);
    if (i < 0) throw new Error(`override names unknown unit ${code}`);
    const to = (r + minRow) * cols + (c + minCol);
    const from = at[i];
    const j = occupant[to];
    at[i] = to;
    occupant[to] = i;
    if (j >= 0 && j !== i) {
      at[j] = from;
      occupant[from] = j;
    } else if (j < 0) {
      occupant[from] = -1;
    }
  }
  const placed = units.map((u, i) => ({
    code: u.code,
    col: col(at[i]) - minCol,
    row: row(at[i]) - minRow,
  }));
  if (placed.some((p) => p.col < 0 || p.row < 0)) throw new Error("an override left the grid");
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const distances = units.map((_, i) => Math.sqrt(displacement(i, at[i])));
  const metrics = {
    columns: Math.max(...placed.map((p) => p.col)) + 1,
    rows: Math.max(...placed.map((p) => p.row)) + 1,
    meanDisplacement: mean(distances),
    maxDisplacement: Math.max(...distances),
    splitGroups: groups.filter((_, g) => pieces(g) > 1),
    neighboursKept: pairs.filter(([a, b]) => {
      const dc = col(at[b]) - col(at[a]);
      const dr = row(at[b]) - row(at[a]);
      return Math.max(Math.abs(dc), Math.abs(dr)) <= 1;
    }).length,
    neighbourPairs: pairs.length,
  };
  return { placed, metrics };
}

function project(lon, lat) {
  return { x: lon * Math.cos((settings.midLatitude * Math.PI) / 180), y: -lat };
}

function preview(placed, label) {
  const cols = Math.max(...placed.map((p) => p.col)) + 1;
  const rows = Math.max(...placed.map((p) => p.row)) + 1;
  const grid = Array.from({ length: rows }, () => Array(cols).fill("    "));
  for (const p of placed) grid[p.row][p.col] = label(p);
  return grid.map((r) => r.join("")).join("\n");
}

const csv = readFileSync(csvPath, "utf8");
const script = readFileSync(scriptPath, "utf8");
const counties = parseCsv(csv);
const countyUnits = counties.map((c) => ({
  code: c.code,
  group: c.city,
  ...project(c.lon, c.lat),
}));
const county = layOut(countyUnits, settings.county, countyOverrides);

const cityCodes = [...new Set(counties.map((c) => c.city))];
const cityUnits = cityCodes.map((code) => {
  const own = counties.filter((c) => c.city === code);
  const lon = own.reduce((s, c) => s + c.lon, 0) / own.length;
  const lat = own.reduce((s, c) => s + c.lat, 0) / own.length;
  return { code, group: code, ...project(lon, lat) };
});
const city = layOut(cityUnits, settings.city, cityOverrides);

const fmt = (metrics) =>
  `${metrics.columns}×${metrics.rows} cells, mean displacement ${metrics.meanDisplacement.toFixed(2)} cells ` +
  `(max ${metrics.maxDisplacement.toFixed(2)}), ${metrics.neighboursKept}/${metrics.neighbourPairs} ` +
  `nearest-neighbour pairs adjacent, split cities: ${metrics.splitGroups.join(" ") || "none"}`;

if (process.argv.includes("--preview")) {
  const names = new Map(counties.map((c) => [c.code, c]));
  console.log(preview(county.placed, (p) => names.get(p.code).name.slice(0, 2)));
  console.log(fmt(county.metrics));
  console.log(preview(county.placed, (p) => `${names.get(p.code).cityName.slice(0, 2)}`));
  const cityNames = new Map(counties.map((c) => [c.city, c.cityName]));
  console.log(preview(city.placed, (p) => cityNames.get(p.code).slice(0, 2)));
  console.log(fmt(city.metrics));
}

const sourceHash = fnv1a(csv + script);
// Names travel with the cells so the map can label a region the feed does not list.
const nameOf = new Map([
  ...counties.map((c) => [c.code, c.name]),
  ...counties.map((c) => [c.city, c.cityName]),
]);
const tuples = (placed) =>
  placed
    .slice()
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => [p.code, p.col, p.row, nameOf.get(p.code)]);
// Packed by city (gzip keeps about a fifth less of it than one "<code><column><row><name>" per
// cell): groups "<city digits 3-4> <cell> <cell>…" joined by ";", each cell "<digits 5-6><column>
// <row><name>" (column and row one base-36 digit), the name without the suffix its code implies
// (GB/T 2260: county-level digits 01–20 区, 21–80 县, 81–99 市; 00, a city itself, 市), or the
// whole name and "!" when it does not end so. src/layout/tile-grid.ts unpacks it. Every code of
// the province starts with 44.
const impliedSuffix = (digits) => {
  const n = Number(digits);
  return n === 0 || n > 80 ? "市" : n > 20 ? "县" : "区";
};
const packed = (placed) => {
  const groups = new Map();
  for (const [code, col, row, name] of tuples(placed)) {
    if (!/^44\d{4}$/.test(code) || col > 35 || row > 35 || /[\s;!]/.test(name)) {
      throw new Error(`cannot pack ${code} at ${col},${row} (${name})`);
    }
    const suffix = impliedSuffix(code.slice(4));
    const short = name.endsWith(suffix) ? name.slice(0, -suffix.length) : `${name}!`;
    const city = code.slice(2, 4);
    groups.set(city, [
      ...(groups.get(city) ?? [city]),
      `${code.slice(4)}${col.toString(36)}${row.toString(36)}${short}`,
    ]);
  }
  return [...groups.values()].map((cells) => cells.join(" ")).join(";");
};
const cellsHash = fnv1a(JSON.stringify([tuples(county.placed), tuples(city.placed)]));

const output = `// GENERATED by packages/widgets/scripts/generate-tile-grid.mjs from src/layout/gd-county-centroids.csv (copy of shared/data/gd-county-centroids.csv); do not edit. Regenerate: node scripts/generate-tile-grid.mjs
/* County: ${fmt(county.metrics)}. */
/* City: ${fmt(city.metrics)}. */

/** FNV-1a of the centroid CSV followed by the generator script; the test recomputes it. */
export const tileGridSourceHash = "${sourceHash}";

/** FNV-1a of JSON.stringify of the unpacked [countyCells, cityCells]: the test fails when the cells were edited by hand. */
export const tileGridCellsHash = "${cellsHash}";

/** Degrees of projected longitude/latitude per cell side (longitude scaled by cos ${settings.midLatitude}°). */
export const tileGridCellDegrees = { county: ${settings.county.cellDegrees}, city: ${settings.city.cellDegrees}, midLatitude: ${settings.midLatitude} } as const;

/**
 * County-level cells, packed by city (unpack with \`unpackTileCells\` in tile-grid.ts, which
 * describes the format): codes, columns (0 is west), rows (0 is north) and Chinese names.
 */
export const countyCells =
  "${packed(county.placed)}";

/** City-level cells, packed as {@link countyCells}. */
export const cityCells =
  "${packed(city.placed)}";
`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(outPath, "utf8");
  } catch {}
  if (current !== output) {
    console.error(`${outPath} is stale: run node scripts/generate-tile-grid.mjs`);
    process.exit(1);
  }
  console.log("tile grid is up to date");
} else {
  writeFileSync(outPath, output);
  console.log(`wrote ${outPath}\ncounty: ${fmt(county.metrics)}\ncity: ${fmt(city.metrics)}`);
}
