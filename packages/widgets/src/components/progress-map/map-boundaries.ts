import type { Locale } from "@zhucan/domain";
import { nothing, type SVGTemplateResult } from "lit";
import { pick } from "../../i18n/messages.js";
import type { ShapeProjection } from "../../layout/geo-shapes.js";
import type { GeoLoad } from "./geo-loader.js";
import { importMapGeo } from "./import-map-geo.js";
import type { Drawing } from "./map-drawing.js";
import type { MapModel } from "./map-model.js";

type MapGeo = Awaited<ReturnType<typeof importMapGeo>>;

/** The attributes of a map that choose partner boundaries. */
export interface BoundaryChoice {
  readonly src: string | undefined;
  readonly approvalNumber: string | undefined;
  readonly key: string | undefined;
  readonly object: string | undefined;
}

/**
 * The partner boundaries of one map: fetches the boundary chunk (`map-geo.ts`) and then the
 * boundary file when a page sets `geo-src` and `approval-number`, and asks the element to draw
 * again at each step. Without both it loads nothing (DOMAIN.md, Maps: no boundaries without an
 * approved base map).
 *
 * @example
 * const boundaries = new MapBoundaries(() => this.requestUpdate());
 * boundaries.choose({ src: "/gd.topo.json", approvalNumber: "粤S(2099)000号", key: undefined, object: undefined });
 */
export class MapBoundaries {
  readonly #changed: () => void;
  #choice: BoundaryChoice = {
    src: undefined,
    approvalNumber: undefined,
    key: undefined,
    object: undefined,
  };
  #module: MapGeo | "loading" | "failed" | undefined;
  #load: { readonly key: string; readonly result?: GeoLoad } | undefined;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Takes the element's current choice; loads what it needs. */
  choose(choice: BoundaryChoice): void {
    this.#choice = choice;
    const { src, approvalNumber } = choice;
    const module = this.#module;
    if (src && approvalNumber && module === undefined) {
      // Loaded on demand: most pages show the tile grid and never need the boundary code.
      this.#module = "loading";
      importMapGeo().then(
        (loaded) => {
          this.#module = loaded;
          this.choose(this.#choice);
          this.#changed();
        },
        () => {
          this.#module = "failed";
          this.#changed();
        },
      );
    }
    if (!src || !approvalNumber || typeof module !== "object") {
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
    void module.loadGeoShapes(src, options).then((result) => {
      if (this.#load?.key !== key) return;
      this.#load = { key, result };
      this.#changed();
    });
  }

  /** The drawing on the boundaries, once they are loaded and have regions of the model's level. */
  drawing(model: MapModel, projection: ShapeProjection): Drawing | undefined {
    const result = this.#load?.result;
    const module = this.#module;
    return result?.state === "ready" && typeof module === "object"
      ? module.geoDrawing(model, result, projection)
      : undefined;
  }

  /** The status patterns' `<defs>` for a drawing on the boundaries (`nothing` for tiles). */
  patternDefs(drawing: Drawing): SVGTemplateResult | typeof nothing {
    const module = this.#module;
    return drawing.mode === "geo" && typeof module === "object" ? module.geoPatternDefs() : nothing;
  }

  /** The approval-number line to show with a drawing on the boundaries (`""` for tiles). */
  approval(drawing: Drawing, locale: Locale): string {
    const module = this.#module;
    const { approvalNumber } = this.#choice;
    return drawing.mode === "geo" && approvalNumber && typeof module === "object"
      ? module.approvalText(approvalNumber, locale)
      : "";
  }

  /** The note under the map: loading, why the boundaries are not drawn, or what is missing. */
  note(drawing: Drawing, locale: Locale): string | undefined {
    const { src, approvalNumber } = this.#choice;
    const module = this.#module;
    if (!src) return undefined;
    if (!approvalNumber) {
      return pick(locale, {
        "zh-CN": "未提供审图号：按规定不显示行政区划边界，改用方格地图。",
        en: "No map approval number (审图号) was given, so boundaries are not drawn: showing the tile map.",
      });
    }
    if (module === "failed") {
      return pick(locale, {
        "zh-CN": "无法加载地图边界模块，改用方格地图。",
        en: "The boundary module could not be loaded: showing the tile map.",
      });
    }
    if (typeof module !== "object" || !this.#load?.result) {
      return pick(locale, { "zh-CN": "正在加载地图边界…", en: "Loading the boundaries…" });
    }
    return module.geoNote({ load: this.#load.result, drawing }, locale);
  }
}
