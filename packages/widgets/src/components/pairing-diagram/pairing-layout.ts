/** A helping → helped pair to lay out (the fields of the feed's `pairings` it needs). */
export interface PairToLayOut {
  readonly helping: string;
  readonly helped: string;
}

/** Options of {@link pairingLayout}. */
export interface PairingLayoutOptions {
  /** Vertical distance between two cities of a column, in SVG units. */
  readonly rowHeight?: number;
  /** Space above the first and below the last row. */
  readonly padding?: number;
  /** x of the helping column's nodes and of the helped column's nodes. */
  readonly leftX?: number;
  readonly rightX?: number;
}

/** The defaults of {@link PairingLayoutOptions}. */
export const pairingLayoutDefaults: Required<PairingLayoutOptions> = {
  rowHeight: 30,
  padding: 18,
  leftX: 120,
  rightX: 300,
};

/** A city placed in its column. */
export interface PlacedCity {
  readonly code: string;
  readonly x: number;
  readonly y: number;
}

/** A link between two placed cities, with its SVG path. */
export interface PlacedPair<P extends PairToLayOut> {
  readonly pair: P;
  readonly d: string;
}

/** Two columns of cities and the links between them. */
export interface PairingLayout<P extends PairToLayOut> {
  readonly helping: readonly PlacedCity[];
  readonly helped: readonly PlacedCity[];
  readonly links: readonly PlacedPair<P>[];
  readonly height: number;
}

/**
 * Lays out pairs as two columns, helping cities on the left in code order and helped cities on
 * the right ordered by the mean position of their helpers (the barycentre heuristic, which
 * keeps links from crossing where it can), each column centred; links are S-shaped curves.
 *
 * @example
 * const layout = pairingLayout([{ helping: "440100", helped: "441800" }, { helping: "440300", helped: "441600" }, { helping: "440100", helped: "441400" }]);
 * layout.helped.map((c) => c.code) //=> ["441400", "441800", "441600"]
 * layout.links[0].d //=> "M120 33C210 33 210 48 300 48"
 */
export function pairingLayout<P extends PairToLayOut>(
  pairs: readonly P[],
  options: PairingLayoutOptions = {},
): PairingLayout<P> {
  const { rowHeight, padding, leftX, rightX } = { ...pairingLayoutDefaults, ...options };
  const left = [...new Set(pairs.map((p) => p.helping))].sort();
  const leftIndex = new Map(left.map((code, i) => [code, i]));
  const helpers = new Map<string, number[]>();
  for (const p of pairs)
    helpers.set(p.helped, [...(helpers.get(p.helped) ?? []), leftIndex.get(p.helping) ?? 0]);
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const right = [...helpers.keys()].sort(
    (a, b) => mean(helpers.get(a) ?? []) - mean(helpers.get(b) ?? []) || a.localeCompare(b),
  );
  const rows = Math.max(left.length, right.length, 1);
  const height = 2 * padding + (rows - 1) * rowHeight;
  const column = (codes: readonly string[], x: number) => {
    const offset = padding + ((rows - codes.length) * rowHeight) / 2;
    return codes.map((code, i) => ({ code, x, y: offset + i * rowHeight }));
  };
  const helping = column(left, leftX);
  const helped = column(right, rightX);
  const yOf = (cities: readonly PlacedCity[], code: string) =>
    cities.find((c) => c.code === code)?.y ?? 0;
  const middle = (leftX + rightX) / 2;
  const links = pairs.map((pair) => {
    const y1 = yOf(helping, pair.helping);
    const y2 = yOf(helped, pair.helped);
    return { pair, d: `M${leftX} ${y1}C${middle} ${y1} ${middle} ${y2} ${rightX} ${y2}` };
  });
  return { helping, helped, links, height };
}
