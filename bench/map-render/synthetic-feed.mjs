// The benchmark's feed: SYNTHETIC (seeded statuses and values for the real division codes of
// the committed tile grid), the same on every run.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { progressStatuses } from "@zhucan/domain";
import { random } from "../random.mjs";

const widgets = join(dirname(fileURLToPath(import.meta.url)), "../../packages/widgets");

/** Cells of the committed tile grid: [code, column, row, name], read by the package's own code. */
export async function tileCells() {
  const dist = (file) => pathToFileURL(join(widgets, "dist/layout", file)).href;
  const { countyCells } = await import(dist("tile-grid.generated.js"));
  const { unpackTileCells } = await import(dist("tile-grid.js"));
  return unpackTileCells(countyCells);
}

/**
 * A SYNTHETIC feed for the county map: seeded values and statuses for the real division codes of
 * the tile grid's cells, 29 months, about 57 % of the counties in the programme area.
 */
export function syntheticFeed(cells) {
  const next = random(20160720);
  const months = [];
  for (let i = 0; i < 29; i++) {
    const m = 7 + i; // months since 2016-01, 0-based: 2016-08 … 2018-12
    months.push(`${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`);
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
