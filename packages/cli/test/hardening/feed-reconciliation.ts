// An independent reading of a PUBLISHED feed (only its JSON: no code of the builder): rebuilds
// every county → city → province equation of every indicator and month from the regions and
// the series, checks that the published figures add up exactly where nothing is hidden, that
// they are consistent where suppression is declared, and which hidden cells the published
// figures would give away (linear algebra, and bounds on one equation at a time).
import type { FeedCell, PublicFeed } from "@zhucan/domain";

/** One equation of a feed: `total = Σ parts`, as cell indexes of one indicator's grid. */
interface Equation {
  readonly total: number;
  readonly parts: readonly number[];
  readonly where: string;
}

/** What {@link reconcileFeed} found. */
export interface Reconciliation {
  /** Equations whose cells are all published figures, each checked to add up exactly. */
  readonly exact: number;
  /** Equations with a "<5" or "suppressed" cell (declared suppression), checked for bounds. */
  readonly withSuppression: number;
  /** Equations that do not hold: exact sums that differ, or bounds that cannot be met. */
  readonly mismatches: string[];
  /** City totals published as "no data" although one of their counties has a figure, or the reverse. */
  readonly missingTotals: string[];
  /** Hidden cells some combination of published equations recomputes exactly. */
  readonly recomputable: { readonly small: string[]; readonly suppressed: string[] };
  /** "<5" cells one equation pins to a single value (the others' bounds leave one possibility). */
  readonly pinned: string[];
  /** "<5" cells one equation narrows to fewer than the four values 1–4. */
  readonly narrowed: string[];
  readonly hiddenCells: { readonly small: number; readonly suppressed: number };
}

const hidden = (cell: FeedCell | undefined) => cell === "<5" || cell === "suppressed";

/**
 * The unknowns (hidden cells) that the equations determine exactly: x_i is determined iff e_i
 * lies in the row space, i.e. in the reduced row echelon form column i is a pivot whose row has
 * no other non-zero entry among the unknowns' columns (then no null-space vector moves x_i).
 */
function determinedUnknowns(rows: number[][], unknownCount: number): Set<number> {
  const m = rows.map((r) => [...r]);
  const pivotRowOf = new Map<number, number>();
  let r = 0;
  for (let c = 0; c < unknownCount && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++) {
      if (Math.abs(m[i]?.[c] ?? 0) > Math.abs(m[best]?.[c] ?? 0)) best = i;
    }
    if (Math.abs(m[best]?.[c] ?? 0) < 1e-9) continue;
    [m[r], m[best]] = [m[best] as number[], m[r] as number[]];
    const pivot = m[r] as number[];
    const p = pivot[c] as number;
    for (let k = c; k < unknownCount; k++) pivot[k] = (pivot[k] as number) / p;
    for (let i = 0; i < m.length; i++) {
      const row = m[i] as number[];
      const f = row[c] as number;
      if (i === r || Math.abs(f) < 1e-12) continue;
      for (let k = c; k < unknownCount; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
    }
    pivotRowOf.set(c, r);
    r++;
  }
  const determined = new Set<number>();
  for (const [c, row] of pivotRowOf) {
    const entries = m[row] as number[];
    if (entries.every((x, k) => k === c || Math.abs(x) < 1e-9)) determined.add(c);
  }
  return determined;
}

/** Lowest and highest value a published cell may stand for ("suppressed": ≥ 0, unbounded). */
function bounds(cell: FeedCell | undefined): [number, number] {
  if (typeof cell === "number") return [cell, cell];
  if (cell === "<5") return [1, 4];
  return [0, Number.POSITIVE_INFINITY];
}

/**
 * Rebuilds and checks every equation of every summed indicator of `feed`. A county-level unit
 * without a figure in a month counts with its latest earlier figure in its city's and the
 * province's totals (the feed's stated carry-forward rule); a city with no counties (Dongguan,
 * Zhongshan) is its own unit.
 *
 * @example
 * reconcileFeed(feed).mismatches //=> []
 */
export function reconcileFeed(feed: PublicFeed): Reconciliation {
  const months = feed.months.length;
  const province = feed.regions.find((r) => r.level === "province")?.code ?? "440000";
  const cities = feed.regions.filter((r) => r.level === "city");
  const countiesOf = new Map(
    cities.map((c) => [c.code, feed.regions.filter((r) => r.parent === c.code).map((r) => r.code)]),
  );
  const regionIndex = new Map(feed.regions.map((r, i) => [r.code, i]));
  const summed = [
    ...new Set(feed.series.filter((s) => s.region !== province).map((s) => s.indicator)),
  ];

  const out = {
    exact: 0,
    withSuppression: 0,
    mismatches: [] as string[],
    missingTotals: [] as string[],
    recomputable: { small: [] as string[], suppressed: [] as string[] },
    pinned: [] as string[],
    narrowed: [] as string[],
    hiddenCells: { small: 0, suppressed: 0 },
  };

  for (const indicator of summed) {
    const values: FeedCell[] = new Array(feed.regions.length * months).fill(null);
    for (const s of feed.series) {
      if (s.indicator !== indicator) continue;
      const r = regionIndex.get(s.region);
      if (r === undefined) continue;
      for (const [m, v] of s.values.entries()) values[r * months + m] = v;
    }
    const cell = (code: string, m: number) => (regionIndex.get(code) as number) * months + m;
    const name = (c: number) =>
      `${indicator} ${feed.regions[Math.floor(c / months)]?.code} ${feed.months[c % months]}`;
    // The cell standing for a unit in month m: its own, else its latest earlier one.
    const carried = (code: string, m: number): number | undefined => {
      for (let k = m; k >= 0; k--) if (values[cell(code, k)] !== null) return cell(code, k);
      return undefined;
    };
    const equations: Equation[] = [];
    for (let m = 0; m < months; m++) {
      const provinceParts: number[] = [];
      for (const city of cities) {
        const units = countiesOf.get(city.code) ?? [];
        const own = cell(city.code, m);
        if (units.length === 0) {
          const c = values[own] !== null ? own : carried(city.code, m);
          if (c !== undefined) provinceParts.push(c);
          continue;
        }
        const reported = units.some((u) => values[cell(u, m)] !== null);
        if (reported !== (values[own] !== null)) out.missingTotals.push(name(own));
        const parts = units.flatMap((u) => {
          const c = carried(u, m);
          return c === undefined ? [] : [c];
        });
        if (values[own] !== null) {
          equations.push({ total: own, parts, where: name(own) });
          provinceParts.push(own);
        } else provinceParts.push(...parts);
      }
      const total = cell(province, m);
      if (values[total] !== null)
        equations.push({ total, parts: provinceParts, where: name(total) });
    }

    for (const eq of equations) {
      const cells = [eq.total, ...eq.parts];
      if (!cells.some((c) => hidden(values[c]))) {
        out.exact += 1;
        const sum = eq.parts.reduce((s, p) => s + (values[p] as number), 0);
        if (sum !== values[eq.total])
          out.mismatches.push(`${eq.where}: parts ${sum} ≠ ${String(values[eq.total])}`);
        continue;
      }
      out.withSuppression += 1;
      const [tLow, tHigh] = bounds(values[eq.total]);
      const low = eq.parts.reduce((s, p) => s + bounds(values[p])[0], 0);
      const high = eq.parts.reduce((s, p) => s + bounds(values[p])[1], 0);
      if (low > tHigh || high < tLow)
        out.mismatches.push(
          `${eq.where}: parts ${low}…${high} cannot make ${String(values[eq.total])}`,
        );
      // What this equation alone says about each of its "<5" parts.
      for (const p of eq.parts) {
        if (values[p] !== "<5") continue;
        const othersLow = low - 1;
        const othersHigh = high - 4;
        const lowest = Math.max(1, tLow - othersHigh);
        const highest = Math.min(4, tHigh - othersLow);
        if (lowest === highest) out.pinned.push(name(p));
        else if (lowest > 1 || highest < 4) out.narrowed.push(`${name(p)} in ${lowest}…${highest}`);
      }
    }

    const isHidden = (c: number) => hidden(values[c]);
    out.hiddenCells.small += values.filter((v) => v === "<5").length;
    out.hiddenCells.suppressed += values.filter((v) => v === "suppressed").length;
    // Only the hidden cells are unknowns; published figures move to the constant side.
    const unknowns = values.map((_, c) => c).filter(isHidden);
    const column = new Map(unknowns.map((c, i) => [c, i]));
    const rows = equations
      .map((eq) => {
        const row = new Array<number>(unknowns.length).fill(0);
        const add = (c: number, sign: number) => {
          const i = column.get(c);
          if (i !== undefined) row[i] = (row[i] as number) + sign;
        };
        add(eq.total, 1);
        for (const p of eq.parts) add(p, -1);
        return row;
      })
      .filter((row) => row.some((x) => x !== 0));
    for (const i of determinedUnknowns(rows, unknowns.length)) {
      const c = unknowns[i] as number;
      if (values[c] === "<5") out.recomputable.small.push(name(c));
      else out.recomputable.suppressed.push(name(c));
    }
  }
  return out;
}
