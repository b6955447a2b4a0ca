// Synthetic test data only: random province → city → county hierarchies of small counts, built
// into a CellGrid the way the feed builder does (missing months carried forward into totals).
import fc from "fast-check";
import type { CellEquation, CellGrid } from "../../src/feed/suppression/cell-grid.js";

/** A synthetic city: either several counties, or one county-level unit that is the city itself. */
export interface SyntheticCity {
  /** By unit, by month; `null`: the unit did not report that month. */
  readonly units: readonly (readonly (number | null)[])[];
  /** True for a Dongguan-like city: one unit, no county regions, the city cell is the unit. */
  readonly single: boolean;
}

/** Builds the grid: region 0 the province, then cities, then counties (of non-single cities). */
export function gridOf(cities: readonly SyntheticCity[], monthCount: number): CellGrid {
  const regionValues: (number | null)[][] = [];
  const countyLevel: boolean[] = [];
  const equations: CellEquation[] = [];
  regionValues.push([]); // province, filled below
  countyLevel.push(false);
  const cityRegion: number[] = [];
  for (const city of cities) {
    cityRegion.push(regionValues.length);
    regionValues.push([]);
    countyLevel.push(city.single);
  }
  const unitRegion: number[][] = cities.map((city, c) => {
    if (city.single) return [cityRegion[c] as number];
    return city.units.map(() => {
      regionValues.push([]);
      countyLevel.push(false);
      return regionValues.length - 1;
    });
  });
  for (const r of unitRegion.flat()) countyLevel[r] = true;
  const cell = (region: number, month: number) => region * monthCount + month;
  const unitAt = (c: number, u: number, m: number) => cities[c]?.units[u]?.[m] ?? null;
  // Unit cells
  cities.forEach((city, c) => {
    city.units.forEach((_, u) => {
      const r = unitRegion[c]?.[u] as number;
      regionValues[r] = Array.from({ length: monthCount }, (_, m) => unitAt(c, u, m));
    });
  });
  const carried = (c: number, u: number, m: number): number | undefined => {
    for (let k = m; k >= 0; k--) if (unitAt(c, u, k) !== null) return k;
    return undefined;
  };
  // City cells of non-single cities
  cities.forEach((city, c) => {
    if (city.single) return;
    const r = cityRegion[c] as number;
    regionValues[r] = Array.from({ length: monthCount }, (_, m) => {
      if (city.units.every((_, u) => unitAt(c, u, m) === null)) return null;
      const parts: number[] = [];
      let sum = 0;
      city.units.forEach((_, u) => {
        const k = carried(c, u, m);
        if (k === undefined) return;
        parts.push(cell(unitRegion[c]?.[u] as number, k));
        sum += unitAt(c, u, k) as number;
      });
      equations.push({ total: cell(r, m), parts });
      return sum;
    });
  });
  regionValues[0] = Array.from({ length: monthCount }, (_, m) => {
    const anyData = cities.some((city, c) => city.units.some((_, u) => unitAt(c, u, m) !== null));
    if (!anyData) return null;
    const parts: number[] = [];
    let sum = 0;
    cities.forEach((city, c) => {
      const cr = cityRegion[c] as number;
      const own = regionValues[cr]?.[m] ?? null;
      if (own !== null) {
        parts.push(cell(cr, m));
        sum += own;
        return;
      }
      city.units.forEach((_, u) => {
        const k = carried(c, u, m);
        if (k === undefined) return;
        parts.push(cell(unitRegion[c]?.[u] as number, k));
        sum += unitAt(c, u, k) as number;
      });
    });
    equations.push({ total: cell(0, m), parts });
    return sum;
  });
  return {
    regionCount: regionValues.length,
    monthCount,
    values: regionValues.flat(),
    countyLevel,
    equations,
  };
}

/** Small counts: mostly 0–12 so that "<5" cells are common, now and then larger. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 14 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }) },
);

/** One month: 1–5 cities of 1–5 counties (sometimes a single-unit city). */
export const oneMonthCities = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.array(count, { minLength: 1, maxLength: 5 }).map((units) => ({
        units: units.map((v) => [v]),
        single: false,
      })),
    },
    { weight: 1, arbitrary: count.map((v) => ({ units: [[v]], single: true })) },
  ),
  { minLength: 1, maxLength: 5 },
);

/** Several months of cumulative counts, some units missing some months. */
export function monthsOfCities(monthCount: number) {
  const series = fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: monthCount, maxLength: monthCount }),
      fc.array(fc.boolean(), { minLength: monthCount, maxLength: monthCount }),
    )
    .map(([steps, present]) => {
      let total = 0;
      return steps.map((step, m) => {
        total += step;
        return present[m] || m === monthCount - 1 ? total : null;
      });
    });
  return fc.array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(series, { minLength: 1, maxLength: 4 }).map((units) => ({
          units,
          single: false,
        })),
      },
      { weight: 1, arbitrary: series.map((s) => ({ units: [s], single: true })) },
    ),
    { minLength: 1, maxLength: 4 },
  );
}
