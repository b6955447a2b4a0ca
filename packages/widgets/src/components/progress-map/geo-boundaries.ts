import type { Locale } from "@zhucan/domain";
import { nothing, type SVGTemplateResult } from "lit";
import { pick } from "../../i18n/messages.js";
import type { ShapeProjection } from "../../layout/geo-shapes.js";
import { type GeoLoad, loadGeoShapes } from "./geo-loader.js";
import type { CellContext } from "./map-cells.js";
import type { Drawing } from "./map-drawing.js";
import { approvalText, geoDrawing, geoNote, geoPatternDefs, shapeCell } from "./map-geo.js";
import type { MapModel } from "./map-model.js";

/** The attributes of a map that choose partner boundaries. */
export interface BoundaryChoice {
  readonly src: string | undefined;
  readonly approvalNumber: string | undefined;
  readonly key: string | undefined;
  readonly object: string | undefined;
}

/**
 * The partner boundaries of one map, once its boundary chunk is loaded: fetches the boundary
 * file when the choice has both `geo-src` and `approval-number` (DOMAIN.md, Maps: no boundaries
 * without an approved base map), and asks the element to draw again when it has loaded. Part of
 * the chunk fetched only with `geo-src` (import-map-geo.ts); `MapBoundaries` in the element's
 * entry delegates to it.
 *
 * @example
 * const boundaries = new GeoBoundaries(() => element.requestUpdate());
 * boundaries.choose({ src: "/gd.topo.json", approvalNumber: "粤S(2099)000号", key: undefined, object: undefined });
 */
export class GeoBoundaries {
  readonly #changed: () => void;
  #choice: BoundaryChoice | undefined;
  #load: { readonly key: string; readonly result?: GeoLoad } | undefined;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Takes the element's current choice; fetches the boundary file it names, once. */
  choose(choice: BoundaryChoice): void {
    this.#choice = choice;
    const { src, approvalNumber } = choice;
    if (!src || !approvalNumber) {
      this.#load = undefined;
      return;
    }
    const key = JSON.stringify([src, choice.key, choice.object]);
    if (this.#load?.key === key) return;
    this.#load = { key };
    const options = {
      ...(choice.key ? { key: choice.key } : {}),
      ...(choice.object ? { object: choice.object } : {}),
    };
    void loadGeoShapes(src, options).then((result) => {
      if (this.#load?.key !== key) return;
      this.#load = { key, result };
      this.#changed();
    });
  }

  /** The drawing on the boundaries, once they are loaded and have regions of the model's level. */
  drawing(model: MapModel, projection: ShapeProjection): Drawing | undefined {
    const result = this.#load?.result;
    return result?.state === "ready" ? geoDrawing(model, result, projection) : undefined;
  }

  /** The regions of a drawing on the boundaries, one shape each ({@link shapeCell}). */
  cells(drawing: Drawing, context: CellContext, labelled: boolean): SVGTemplateResult[] {
    return drawing.placed.map((p) => shapeCell(p, context, labelled));
  }

  /** The status patterns' `<defs>` for a drawing on the boundaries (`nothing` for tiles). */
  patternDefs(drawing: Drawing): SVGTemplateResult | typeof nothing {
    return drawing.mode === "geo" ? geoPatternDefs() : nothing;
  }

  /** The approval-number line to show with a drawing on the boundaries (`""` for tiles). */
  approval(drawing: Drawing, locale: Locale): string {
    const approvalNumber = this.#choice?.approvalNumber;
    return drawing.mode === "geo" && approvalNumber ? approvalText(approvalNumber, locale) : "";
  }

  /** The note under the map once the chunk is loaded: loading the file, or what went wrong. */
  note(drawing: Drawing, locale: Locale): string | undefined {
    const result = this.#load?.result;
    if (!result) {
      return pick(locale, { "zh-CN": "正在加载地图边界…", en: "Loading the boundaries…" });
    }
    return geoNote({ load: result, drawing }, locale);
  }
}
