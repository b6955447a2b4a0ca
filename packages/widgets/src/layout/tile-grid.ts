import { cityCells, countyCells } from "./tile-grid.generated.js";

/** The two levels the cartogram is laid out for. */
export const tileGridLevels = ["county", "city"] as const;
/** One of {@link tileGridLevels}: one cell per county-level unit, or one per city. */
export type TileGridLevel = (typeof tileGridLevels)[number];

/** One square cell of the cartogram. */
export interface TileCell {
  /** GB/T 2260 code of the region the cell stands for. */
  readonly code: string;
  /** GB/T 2260 code of its prefecture-level city (the region itself at city level). */
  readonly city: string;
  /** Column, 0 = west. */
  readonly column: number;
  /** Row, 0 = north. */
  readonly row: number;
  /** The Chinese name (from the centroid table), for a region the feed does not name. */
  readonly name: string;
}

/** A laid-out cartogram: its cells and the size of the grid that holds them. */
export interface TileGrid {
  readonly level: TileGridLevel;
  readonly columns: number;
  readonly rows: number;
  readonly cells: readonly TileCell[];
}

/**
 * The prefecture-level city a GB/T 2260 code belongs to: the first four digits and `00`.
 * Dongguan (441900) and Zhongshan (442000) have no counties and are their own unit.
 *
 * @example
 * cityCodeOf("440606") //=> "440600"
 * cityCodeOf("441900") //=> "441900"
 */
export function cityCodeOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

/** One cell as the generator writes it: [GB/T 2260 code, column, row, Chinese name]. */
export type TileCellRow = readonly [code: string, column: number, row: number, name: string];

// GB/T 2260: a county-level code's last two digits say what it is (01–20 a district 区, 21–80 a
// county 县, 81–99 a county-level city 市; 00 the city itself), so the packed names leave that
// suffix out.
function impliedSuffix(digits: string): string {
  const n = Number(digits);
  return n === 0 || n > 80 ? "市" : n > 20 ? "县" : "区";
}

/**
 * The cells of a packed cell list of tile-grid.generated.ts. Cells are grouped by city: groups
 * joined by ";", each the city's digits 3–4 of the code, then its cells, space-separated: digits
 * 5–6, the column and the row as one base-36 digit each, and the Chinese name without the suffix
 * its code implies (区, 县 or 市; see above), or the whole name followed by "!" when it does not
 * end so. Every code starts with "44".
 *
 * @example
 * unpackTileCells("01 0376荔湾 00a3广州;02 3272乳源瑶族自治") //=> [["440103", 7, 6, "荔湾区"], ["440100", 10, 3, "广州市"], ["440232", 7, 2, "乳源瑶族自治县"]]
 */
export function unpackTileCells(packed: string): TileCellRow[] {
  return packed.split(";").flatMap((group) => {
    const [city, ...cells] = group.split(" ");
    return cells.map((cell): TileCellRow => {
      const digits = cell.slice(0, 2);
      const name = cell.endsWith("!") ? cell.slice(4, -1) : cell.slice(4) + impliedSuffix(digits);
      return [
        `44${city}${digits}`,
        Number.parseInt(cell.charAt(2), 36),
        Number.parseInt(cell.charAt(3), 36),
        name,
      ];
    });
  });
}

function build(level: TileGridLevel, packed: string): TileGrid {
  const cells = unpackTileCells(packed).map(([code, column, row, name]) => ({
    code,
    city: cityCodeOf(code),
    column,
    row,
    name,
  }));
  return {
    level,
    columns: Math.max(...cells.map((c) => c.column)) + 1,
    rows: Math.max(...cells.map((c) => c.row)) + 1,
    cells,
  };
}

const grids = new Map<TileGridLevel, TileGrid>();

/**
 * The project's tile-grid cartogram of Guangdong: one square cell per county-level unit (124:
 * the 122 counties plus Dongguan and Zhongshan), grouped by city so that each city's cells touch,
 * or one cell per city (21). No boundaries: the layout comes from centroids (see
 * scripts/generate-tile-grid.mjs), so publishing it needs no approved base map (DOMAIN.md, Maps).
 *
 * @example
 * tileGridLayout("county").cells.length //=> 124
 * tileGridLayout("city").cells.find((c) => c.code === "440100") //=> { code: "440100", city: "440100", column: 3, row: 1, name: "广州市" }
 */
export function tileGridLayout(level: TileGridLevel): TileGrid {
  let grid = grids.get(level);
  if (!grid) {
    grid = build(level, level === "city" ? cityCells : countyCells);
    grids.set(level, grid);
  }
  return grid;
}
