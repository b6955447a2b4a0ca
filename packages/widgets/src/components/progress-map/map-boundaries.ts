import type { Locale } from "@zhucan/domain";
import { nothing, type SVGTemplateResult } from "lit";
import { pick } from "../../i18n/messages.js";
import type { ShapeProjection } from "../../layout/geo-shapes.js";
import type { BoundaryChoice, GeoBoundaries } from "./geo-boundaries.js";
import { importMapGeo } from "./import-map-geo.js";
import type { CellContext } from "./map-cells.js";
import type { Drawing } from "./map-drawing.js";
import type { MapModel } from "./map-model.js";

export type { BoundaryChoice } from "./geo-boundaries.js";

/**
 * The partner boundaries of one map, as the element's entry sees them: when a page sets
 * `geo-src` and `approval-number`, fetches the boundary chunk (`map-geo.ts`, which then fetches
 * the file: `GeoBoundaries`) and delegates to it. Without both it loads nothing (DOMAIN.md, Maps:
 * no boundaries without an approved base map). Only what the tile map needs without the chunk
 * stays here: the notes for a missing approval number and for a chunk that could not be loaded.
 *
 * @example
 * const boundaries = new MapBoundaries(() => this.requestUpdate());
 * boundaries.choose({ src: "/gd.topo.json", approvalNumber: "粤S(2099)000号", key: undefined, object: undefined });
 */
export class MapBoundaries {
  readonly #changed: () => void;
  #choice: BoundaryChoice | undefined;
  #geo: GeoBoundaries | "loading" | "failed" | undefined;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Takes the element's current choice; loads what it needs. */
  choose(choice: BoundaryChoice): void {
    this.#choice = choice;
    const geo = this.#geo;
    if (typeof geo === "object") geo.choose(choice);
    else if (choice.src && choice.approvalNumber && geo === undefined) {
      // Loaded on demand: most pages show the tile grid and never need the boundary code.
      this.#geo = "loading";
      importMapGeo().then(
        ({ GeoBoundaries }) => {
          const loaded = new GeoBoundaries(this.#changed);
          this.#geo = loaded;
          if (this.#choice) loaded.choose(this.#choice);
          this.#changed();
        },
        () => {
          this.#geo = "failed";
          this.#changed();
        },
      );
    }
  }

  /** The drawing on the boundaries, once they are loaded and have regions of the model's level. */
  drawing(model: MapModel, projection: ShapeProjection): Drawing | undefined {
    const geo = this.#geo;
    return typeof geo === "object" ? geo.drawing(model, projection) : undefined;
  }

  /** The regions of a drawing on the boundaries, one shape each (none before the chunk). */
  cells(
    drawing: Drawing,
    context: CellContext,
    labelled: boolean,
  ): SVGTemplateResult[] | typeof nothing {
    const geo = this.#geo;
    return typeof geo === "object" ? geo.cells(drawing, context, labelled) : nothing;
  }

  /** The status patterns' `<defs>` for a drawing on the boundaries (`nothing` for tiles). */
  patternDefs(drawing: Drawing): SVGTemplateResult | typeof nothing {
    const geo = this.#geo;
    return typeof geo === "object" ? geo.patternDefs(drawing) : nothing;
  }

  /** The approval-number line to show with a drawing on the boundaries (`""` for tiles). */
  approval(drawing: Drawing, locale: Locale): string {
    const geo = this.#geo;
    return typeof geo === "object" ? geo.approval(drawing, locale) : "";
  }

  /** The note under the map: why the boundaries are not drawn, loading, or what is missing. */
  note(drawing: Drawing, locale: Locale): string | undefined {
    const { src, approvalNumber } = this.#choice ?? {};
    const geo = this.#geo;
    if (!src) return undefined;
    if (!approvalNumber) {
      return pick(locale, {
        "zh-CN": "未提供审图号：按规定不显示行政区划边界，改用方格地图。",
        en: "No map approval number (审图号) was given, so boundaries are not drawn: showing the tile map.",
      });
    }
    if (geo === "failed") {
      return pick(locale, {
        "zh-CN": "无法加载地图边界模块，改用方格地图。",
        en: "The boundary module could not be loaded: showing the tile map.",
      });
    }
    return typeof geo === "object"
      ? geo.note(drawing, locale)
      : pick(locale, { "zh-CN": "正在加载地图边界…", en: "Loading the boundaries…" });
  }
}
