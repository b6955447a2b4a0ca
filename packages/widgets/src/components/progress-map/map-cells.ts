import type { FeedCell, Locale, PublicFeed } from "@zhucan/domain";
import { nothing, type SVGTemplateResult, svg } from "lit";
import { formatCell } from "../../i18n/format.js";
import { groupOutlinePath } from "../../layout/group-outlines.js";
import type { SequentialScale } from "../../layout/sequential-scale.js";
import type { TileGrid } from "../../layout/tile-grid.js";
import { statusLooks } from "../../styles/status.js";
import { cellSize, type Drawing } from "./map-drawing.js";
import { patternFill, statusFill, valueFill } from "./map-fills.js";
import type { MapColorBy, MapModel, MapRegion } from "./map-model.js";

/** What every cell of one map is drawn with. */
export interface CellContext {
  readonly feed: PublicFeed;
  readonly model: MapModel;
  readonly colorBy: MapColorBy;
  /** The value classes (colour by value only). */
  readonly scale: SequentialScale | undefined;
  readonly locale: Locale;
}

/**
 * How a value reads inside a cell: the figure, `<5`, `已隐藏`/`np`, or `–` for no data.
 *
 * @example
 * cellFigure("suppressed", "en") //=> "np"
 * cellFigure(1200, "zh-CN") //=> "1,200"
 */
export function cellFigure(value: FeedCell | undefined, locale: Locale): string {
  if (typeof value === "number" || value === "<5") return formatCell(value, locale);
  if (value === "suppressed") return locale === "en" ? "np" : "已隐藏";
  return "–";
}

function isWithheld(region: MapRegion): boolean {
  return region.value === "<5" || region.value === "suppressed";
}

/**
 * The fill class of a region and the text printed in its tile: its status colour and symbol,
 * or its value class and figure.
 *
 * @example
 * cellLook(region, context, false) //=> { fill: "fill-status-on-track", mark: "●" }
 */
export function cellLook(
  region: MapRegion,
  context: CellContext,
  shape: boolean,
): { fill: string; mark: string } {
  const { scale, locale } = context;
  if (context.colorBy === "value" && scale) {
    return {
      fill:
        typeof region.value === "number"
          ? valueFill(scale.classOf(region.value))
          : isWithheld(region)
            ? "fill-withheld"
            : "fill-empty",
      mark: cellFigure(region.value, locale),
    };
  }
  const look = statusLooks[region.status];
  return {
    // Tiles carry a symbol as the second cue and take a plain fill (cheaper to paint);
    // partner shapes have no room for one, so their fill is the status pattern.
    fill: shape ? patternFill(region.status) : statusFill(region.status),
    mark: look.symbol + (isWithheld(region) ? ` ${cellFigure(region.value, locale)}` : ""),
  };
}

const outlines = new WeakMap<TileGrid, string>();

/**
 * The outline of each city's group of tiles, as one path: computed once per tile grid (it
 * depends on nothing else), not on every render.
 *
 * @example
 * svg`<path class="outlines" d=${cityOutlines(model.grid)} />`
 */
export function cityOutlines(grid: TileGrid): string {
  let path = outlines.get(grid);
  if (path === undefined) {
    path = groupOutlinePath(
      grid.cells.map((c) => ({ column: c.column, row: c.row, group: c.city })),
      cellSize,
    );
    outlines.set(grid, path);
  }
  return path;
}

/**
 * The selection and focus rings of the tile grid: one of each, drawn over the cells and moved
 * to the region they mark (the focus ring shows only while a cell has keyboard focus).
 *
 * @example
 * svg`<svg>${cells}${rings(drawing, "441400", "441400")}</svg>`
 */
export function rings(
  drawing: Drawing,
  selected: string | undefined,
  active: string | undefined,
): SVGTemplateResult {
  const at = (code: string | undefined) => drawing.placed.find((p) => p.region.code === code);
  const chosen = at(selected);
  const focused = at(active);
  return svg`${
    chosen
      ? svg`<rect class="ring" x=${chosen.column * cellSize + 3.5} y=${chosen.row * cellSize + 3.5}
          width="33" height="33" rx="2" />`
      : nothing
  }<rect class="focus-ring" x=${(focused?.column ?? 0) * cellSize - 0.5}
    y=${(focused?.row ?? 0) * cellSize - 0.5} width="41" height="41" rx="5" />`;
}
