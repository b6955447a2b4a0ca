import type { MapModel, MapRegion } from "./map-model.js";

/** The side of one tile-grid cell, in SVG units (a 36-unit square with a 2-unit gutter). */
export const cellSize = 40;

/** A region placed on the drawing: its tile (or its partner shape) and its grid position. */
export interface Placed {
  readonly region: MapRegion;
  /** Position for arrow-key navigation, in cells. */
  readonly column: number;
  readonly row: number;
  /** The partner boundary's path and its box's corner, in SVG units (geographic mode only). */
  readonly shape?: { readonly d: string; readonly x: number; readonly y: number };
}

/** What the map draws: the tile grid, or the partner's boundaries. */
export interface Drawing {
  readonly mode: "tiles" | "geo";
  /** Size in SVG units. */
  readonly width: number;
  readonly height: number;
  readonly placed: readonly Placed[];
  /** Regions the boundary file has no shape for (listed in the data table only). */
  readonly missing: number;
}

const tileDrawings = new WeakMap<MapModel, Drawing>();

/**
 * The tile-grid drawing of a map model: one 40-unit cell per region at its grid position. The
 * same object for the same model, so that a redraw can tell nothing moved.
 *
 * @example
 * tileDrawing(model).width //=> 720 (18 columns of the county grid)
 */
export function tileDrawing(model: MapModel): Drawing {
  let drawing = tileDrawings.get(model);
  if (!drawing) {
    drawing = {
      mode: "tiles",
      width: model.grid.columns * cellSize,
      height: model.grid.rows * cellSize,
      placed: model.regions.map((region) => ({ region, column: region.column, row: region.row })),
      missing: 0,
    };
    tileDrawings.set(model, drawing);
  }
  return drawing;
}

/**
 * The width the map is shown at, in CSS pixels: the drawing's, and half as large again for the
 * city grid (21 cells would otherwise be small squares).
 *
 * @example
 * shownWidth(tileDrawing(cityModel), "city") //=> 480
 */
export function shownWidth(drawing: Drawing, level: MapModel["grid"]["level"]): number {
  return Math.round(drawing.width * (level === "city" && drawing.mode === "tiles" ? 1.5 : 1));
}
