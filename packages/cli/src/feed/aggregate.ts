import type { MonthlySeries } from "./county-values.js";
import type { RegionHierarchy } from "./feed-regions.js";
import type { CellEquation, CellGrid } from "./suppression/cell-grid.js";

/** Options of {@link aggregateIndicator}. */
export interface AggregateOptions {
  /**
   * **DECISION**: what a city or the province total does with a county-level unit that has no
   * figure for a month (its unit's report is missing).
   * - `"carry-forward"` (default): the unit's latest earlier figure counts (every reported
   *   indicator is a cumulative stock to date, so the last stock is the best estimate); a unit
   *   that has never reported counts 0. The unit's own cell stays `null` ("no data"). A total
   *   is `null` only when none of its units has a figure that month.
   * - `"null"`: a total is `null` unless every one of its units has a figure that month.
   */
  readonly missing?: "carry-forward" | "null";
}

/**
 * Defaults of {@link AggregateOptions}.
 *
 * @example
 * aggregateDefaults.missing //=> "carry-forward"
 */
export const aggregateDefaults: Required<AggregateOptions> = { missing: "carry-forward" };

/**
 * Aggregates one `sum` indicator county → city → province (step (b) of the feed): the figures of
 * every region of `hierarchy.regions` for every month, and the equations that tie them, which
 * are what suppression protects. Shunde's figures are part of Foshan's; Dongguan's and
 * Zhongshan's city cell is their county-level unit's own figure.
 *
 * @example
 * const grid = aggregateIndicator((code) => (code === "441402" ? [3, 5] : undefined), hierarchy, 2);
 * grid.values[hierarchy.regions.findIndex((r) => r.code === "440000") * 2 + 1] //=> 5
 */
export function aggregateIndicator(
  seriesOf: (county: string) => MonthlySeries | undefined,
  hierarchy: RegionHierarchy,
  monthCount: number,
  options: AggregateOptions = {},
): CellGrid {
  const missing = options.missing ?? aggregateDefaults.missing;
  const regionIndex = new Map(hierarchy.regions.map((r, i) => [r.code, i]));
  const values = new Array<number | null>(hierarchy.regions.length * monthCount).fill(null);
  const countyLevel = hierarchy.regions.map((r) => r.level === "county");
  const cellOf = (code: string, month: number) =>
    (regionIndex.get(code) as number) * monthCount + month;
  const equations: CellEquation[] = [];

  const unitCodes = hierarchy.cities.flatMap((c) => c.units);
  // The loops over every unit and month are functions of their own: this one then runs too
  // briefly for the engine to compile it, once per indicator, which cost more than it saved.
  const latest = new Map<string, (number | undefined)[]>();
  for (const code of unitCodes) {
    const r = regionIndex.get(code) as number;
    countyLevel[r] = true;
    fillUnitRow(values, r, monthCount, seriesOf(code));
    latest.set(code, latestCellsOfUnit(values, r, monthCount, missing));
  }

  // Sums `parts` into `total` when the rule says there is a figure; returns whether there is.
  const sum = (total: number, parts: number[], anyReported: boolean, allReported: boolean) => {
    const has = missing === "carry-forward" ? anyReported : allReported;
    if (!has) return false;
    values[total] = parts.reduce((s, p) => s + (values[p] as number), 0);
    equations.push({ total, parts });
    return true;
  };

  // Each city's units as region rows and carry-forward cells, looked up once rather than every
  // month of every indicator (bench/cli/build.mjs).
  const cityRows = hierarchy.cities.map((city) =>
    city.units.map((u) => regionIndex.get(u) as number),
  );
  const cityLatest = hierarchy.cities.map((city) => city.units.map((u) => latest.get(u)));
  for (let m = 0; m < monthCount; m++) {
    const provinceParts: number[] = [];
    let provinceAny = false;
    let provinceAll = true;
    hierarchy.cities.forEach((city, ci) => {
      const rows = cityRows[ci] as number[];
      let any = false;
      let all = true;
      // Indexed loops (here and below): `for…of` costs an iterator result a step until the
      // engine compiles this, and it runs for every month of every city of every indicator.
      for (let k = 0; k < rows.length; k++) {
        const has = values[(rows[k] as number) * monthCount + m] !== null;
        any ||= has;
        all &&= has;
      }
      provinceAny ||= any;
      provinceAll &&= all;
      const unitCells: number[] = [];
      const latestCells = cityLatest[ci] as ((number | undefined)[] | undefined)[];
      for (let k = 0; k < latestCells.length; k++) {
        const c = latestCells[k]?.[m];
        if (c !== undefined) unitCells.push(c);
      }
      const single = city.units.length === 1 && city.units[0] === city.code;
      if (single) {
        // Dongguan, Zhongshan: the city cell is the unit's; nothing to add up.
        const own = cellOf(city.code, m);
        if (values[own] !== null) provinceParts.push(own);
        else provinceParts.push(...unitCells);
        return;
      }
      const total = cellOf(city.code, m);
      if (sum(total, unitCells, any, all)) provinceParts.push(total);
      else provinceParts.push(...unitCells);
    });
    sum(cellOf(hierarchy.province, m), provinceParts, provinceAny, provinceAll);
  }
  return { regionCount: hierarchy.regions.length, monthCount, values, countyLevel, equations };
}

// A unit's row of the grid: its figure each month, `null` where it has none.
function fillUnitRow(
  values: (number | null)[],
  r: number,
  monthCount: number,
  series: MonthlySeries | undefined,
): void {
  for (let m = 0; m < monthCount; m++) values[r * monthCount + m] = series?.[m] ?? null;
}

// The cell standing for a unit in each month m: its own, or (carry-forward) its latest earlier one.
function latestCellsOfUnit(
  values: readonly (number | null)[],
  r: number,
  monthCount: number,
  missing: "carry-forward" | "null",
): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let last: number | undefined;
  for (let m = 0; m < monthCount; m++) {
    if (values[r * monthCount + m] !== null) last = r * monthCount + m;
    out.push(
      missing === "carry-forward" ? last : values[r * monthCount + m] !== null ? last : undefined,
    );
  }
  return out;
}
