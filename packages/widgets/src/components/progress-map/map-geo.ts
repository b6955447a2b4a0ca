import type { Locale } from "@zhucan/domain";
import { nothing, type SVGTemplateResult, svg } from "lit";
import { pick } from "../../i18n/messages.js";
import type { GeoPolygon, ProjectedShapes, ShapeProjection } from "../../layout/geo-shapes.js";
import { statusPatternDefs } from "../../styles/status.js";
import { type GeoLoad, loadGeoShapes } from "./geo-loader.js";
import { type CellContext, cellLook } from "./map-cells.js";
import { cellSize, type Drawing, type Placed } from "./map-drawing.js";
import { mapPatterns } from "./map-fills.js";
import type { MapModel, MapRegion } from "./map-model.js";
import { regionLines } from "./map-text.js";

// The partner-boundary mode of <zc-progress-map>: a chunk of its own, fetched only when a page
// sets `geo-src` (import-map-geo.ts), so the tile map most pages show never carries the
// geometry code or these texts.

export { GeoBoundaries } from "./geo-boundaries.js";
export { loadGeoShapes };

type Shapes = ReadonlyMap<string, readonly GeoPolygon[]>;

// Projections of one boundary file, by projection and level: projecting a province's
// boundaries takes longer than drawing them, and every update of the map asks again.
const projections = new WeakMap<Shapes, Map<string, ProjectedShapes>>();

/**
 * The drawing of a map model on the partner's boundaries: one shape per region the file has
 * (the others are counted as missing), projected once per file, projection and level.
 * `undefined` when the file has no region of the model's level.
 *
 * @example
 * geoDrawing(model, load, "mercator")?.placed.length //=> 4 (a file with four counties)
 */
export function geoDrawing(
  model: MapModel,
  load: Extract<GeoLoad, { state: "ready" }>,
  projection: ShapeProjection,
): Drawing | undefined {
  let byKey = projections.get(load.shapes);
  if (!byKey) {
    byKey = new Map();
    projections.set(load.shapes, byKey);
  }
  const key = `${projection}|${model.grid.level}`;
  let projected = byKey.get(key);
  if (!projected) {
    const codes = new Set(model.regions.map((r) => r.code));
    const own = new Map([...load.shapes].filter(([code]) => codes.has(code)));
    projected = load.project(own, { projection });
    byKey.set(key, projected);
  }
  if (projected.shapes.length === 0) return undefined;
  const byCode = new Map(model.regions.map((r) => [r.code, r]));
  const placed = projected.shapes.map((shape) => ({
    region: byCode.get(shape.code) as MapRegion,
    column: shape.x / cellSize,
    row: shape.y / cellSize,
    shape,
  }));
  return {
    mode: "geo",
    width: projected.width,
    // Room for the approval number drawn under the shapes.
    height: projected.height + 24,
    placed,
    missing: model.regions.length - placed.length,
  };
}

/**
 * The `<defs>` of the status patterns that partner shapes are filled with (colour and texture:
 * a shape has no room for the status symbol).
 *
 * @example
 * svg`<svg>${geoPatternDefs()}<path class="fill-pattern-achieved" d="…" /></svg>`
 */
export function geoPatternDefs(): SVGTemplateResult {
  return statusPatternDefs(mapPatterns);
}

/**
 * The approval-number line shown with partner boundaries (DOMAIN.md, Maps: a map showing
 * boundaries in China needs an approved base map, 审图号).
 *
 * @example
 * approvalText("粤S(2099)000号", "zh-CN") //=> "审图号：粤S(2099)000号；边界由合作方提供"
 */
export function approvalText(approvalNumber: string, locale: Locale): string {
  return pick(locale, {
    "zh-CN": `审图号：${approvalNumber}；边界由合作方提供`,
    en: `Map approval No. (审图号): ${approvalNumber}; boundaries supplied by the partner`,
  });
}

/** What {@link geoNote} says about: the load and what it drew. */
export interface GeoNoteState {
  /** The boundary file's load (while it loads, the element shows its own note). */
  readonly load: GeoLoad;
  readonly drawing: Drawing;
}

/**
 * The note under a map that was given boundaries and their approval number: why they are not
 * drawn, or which regions have no shape; `undefined` when there is nothing to say.
 *
 * @example
 * geoNote({ load: { state: "error", reason: "timeout", message }, drawing }, "en")
 * //=> "the boundary file took too long to load: showing the tile map."
 */
export function geoNote(state: GeoNoteState, locale: Locale): string | undefined {
  const { load, drawing } = state;
  if (load.state === "error") {
    const why = pick(locale, load.message);
    return pick(locale, { "zh-CN": `${why}，改用方格地图。`, en: `${why}: showing the tile map.` });
  }
  if (drawing.mode === "tiles") {
    return pick(locale, {
      "zh-CN": "地图边界文件中没有本级地区，改用方格地图。",
      en: "The boundary file has no regions of this level: showing the tile map.",
    });
  }
  if (drawing.missing > 0) {
    return pick(locale, {
      "zh-CN": `${drawing.missing} 个地区在边界文件中没有形状，见数据表。`,
      en: `${drawing.missing} regions have no shape in the boundary file; see the data table.`,
    });
  }
  return undefined;
}

/**
 * One region of a map on partner boundaries: a focusable option (`role="option"`) named by its
 * tooltip's lines, drawn as the partner's shape filled with its status pattern (tiles are made
 * by `tileCells`). The roving `tabindex` and `aria-selected` start at `-1`/`false`; the element
 * sets them on the active and selected regions after each render. Without `labelled` the shape
 * has no accessible name yet (the element's first paint; see `ZcProgressMap`).
 *
 * @example
 * svg`<svg>${shapeCell(placed, context, true)}</svg>`
 */
export function shapeCell(
  placed: Placed,
  context: CellContext,
  labelled: boolean,
): SVGTemplateResult {
  const { region, shape } = placed;
  const { locale } = context;
  const { fill } = cellLook(region, context, true);
  const label = labelled
    ? regionLines(context.feed, context.model, region, locale).join(locale === "en" ? "; " : "；")
    : nothing;
  return svg`<g class="cell" role="option" data-code=${region.code} tabindex="-1"
    aria-selected="false" aria-label=${label}
    ><path class=${`fill shape ${fill}`} d=${shape?.d ?? ""} /></g>`;
}
