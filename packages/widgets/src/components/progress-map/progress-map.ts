import type { Locale, PublicFeed } from "@zhucan/domain";
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  svg,
  type TemplateResult,
} from "lit";
import { emit, type ZcRegionSelectDetail } from "../../base/events.js";
import { ZcElement, type ZcEmptyView, type ZcState, type ZcView } from "../../base/zc-element.js";
import { pick } from "../../i18n/messages.js";
import type { ShapeProjection } from "../../layout/geo-shapes.js";
import { readingOrder } from "../../layout/grid-navigation.js";
import { sequentialScale } from "../../layout/sequential-scale.js";
import type { TileGridLevel } from "../../layout/tile-grid.js";
import { MapBoundaries } from "./map-boundaries.js";
import { type CellContext, cityOutlines, rings } from "./map-cells.js";
import { type Drawing, type Placed, shownWidth, tileDrawing } from "./map-drawing.js";
import { mapFillStyles } from "./map-fills.js";
import { cellByCode, cellOf, markCells, placeFocusRing } from "./map-focus.js";
import { mapKeyAction } from "./map-keyboard.js";
import { mapLegend } from "./map-legend.js";
import { type MapColorBy, type MapModel, type MapRegion, progressMapModel } from "./map-model.js";
import { mapSummary, mapTable, mapTitle, missingChoice, regionLines } from "./map-text.js";
import { MapTooltip } from "./map-tooltip.js";
import { progressMapStyles } from "./progress-map.styles.js";
import { tileCells } from "./tile-cells.js";

/** `zc-region-select` from a map: the region chosen, its value in the month shown and its status. */
export type ZcMapRegionSelectDetail = Required<ZcRegionSelectDetail>;

// The headline indicator every element shows by default (as <zc-stat>).
const defaultIndicator = "youths-covered";

/**
 * A map of the programme's progress by county or city. By default a tile-grid cartogram of
 * Guangdong, one square per county-level unit grouped by city (outlined), with no boundaries
 * drawn, so it can be published without an approved base map; with `geo-src` and
 * `approval-number` it draws the partner's own boundaries and shows their map approval number
 * (审图号). Each region is coloured by its progress status, with a symbol and texture as second
 * cues, or by its value in classes, with the figure printed. Programme-area (poverty) counties
 * carry a corner mark.
 *
 * Keyboard: Tab enters the map at one region; the arrow keys move to the nearest region in that
 * direction; Home and End go to the first and last region; Enter or Space selects the region
 * (`zc-region-select`); Escape hides the tooltip. The data table lists every region.
 *
 * @summary A tile-grid (or partner-boundary) map of progress by county or city.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption.
 * @csspart chart - The map's container.
 * @csspart map - The map and its tooltip.
 * @csspart tooltip - The tooltip of the region under the pointer or focus.
 * @csspart legend - The legend (colours with symbols, textures and labels).
 * @csspart approval - The map approval number (审图号) line, with partner boundaries.
 * @csspart note - Notes on what could not be drawn.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table (one row per region).
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button.
 * @csspart provenance - The source, release, as-of and sample-data line.
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-map-outline - The outline of each city's group of cells (default: text colour).
 * @cssproperty --zc-map-label - Region names and figures in the cells (default: text colour).
 * @cssproperty --zc-map-halo - The halo around cell texts (default: background colour).
 * @cssproperty --zc-map-withheld - Fill of cells whose figure is withheld ("<5", suppressed).
 * @cssproperty --zc-map-empty - Fill of cells without data when coloured by value.
 * @cssproperty --zc-map-class-1 - Fill of the first value class (to `--zc-map-class-5`, light to dark).
 * @cssproperty --zc-status-achieved - Status colour (and the other `--zc-status-*`, see the theme).
 * @cssproperty --zc-color-focus - The focus ring.
 *
 * @event zc-region-select - A region was chosen: `detail` is `{ code, region, name, level, value, status }`.
 * @event zc-feed-load - A feed is shown (`detail.stale` after a failed refresh).
 * @event zc-feed-error - No feed can be shown.
 * @event zc-download - A CSV, SVG or PNG file is about to be saved (cancelable).
 * @event zc-table-toggle - The data table was shown or hidden.
 */
export class ZcProgressMap extends ZcElement {
  static override styles = [...ZcElement.styles, progressMapStyles, mapFillStyles];

  static override properties: PropertyDeclarations = {
    level: {},
    indicator: {},
    colorBy: { attribute: "color-by" },
    month: {},
    selected: { reflect: true },
    geoSrc: { attribute: "geo-src" },
    approvalNumber: { attribute: "approval-number" },
    geoKey: { attribute: "geo-key" },
    geoObject: { attribute: "geo-object" },
    geoProjection: { attribute: "geo-projection" },
  };

  /** `county` (124 county-level units, default) or `city` (21 cities). */
  level: TileGridLevel = "county";

  /** Indicator id (see the feed's `indicators`). */
  indicator = defaultIndicator;

  /** `status` (default): progress status as of the feed's as-of month; `value`: the figure, in classes. */
  colorBy: MapColorBy = "status";

  /** `YYYY-MM` of the values shown when coloured by value; the feed's as-of month when absent. */
  month?: string;

  /** GB/T 2260 code of the selected region (set by the user's choice, or by the page). */
  selected?: string;

  /** URL of the partner's boundaries (GeoJSON or TopoJSON keyed by GB/T 2260 code). */
  geoSrc?: string;

  /** The map approval number (审图号) of those boundaries; without it they are not drawn. */
  approvalNumber?: string;

  /** The feature property holding the code; `code`, `adcode`, `gb`, then the feature id when absent. */
  geoKey?: string;

  /** TopoJSON: the object to draw; the first when absent. */
  geoObject?: string;

  /** `mercator` (longitude/latitude, default) or `planar` (already projected coordinates). */
  geoProjection: ShapeProjection = "mercator";

  #active: string | undefined;
  /**
   * DECISION: the first render draws the map and its caption only; the parts around it (the
   * legend, the summary, the visually hidden 124-row data table) and the regions' accessible
   * names follow one frame after the map is painted, so that the map appears sooner. Screen
   * readers and the CSV get them a frame later. `whenSettled()` waits for them.
   */
  #secondary: "deferred" | "scheduled" | "full" = "deferred";
  #secondaryDrawn: Promise<void> = Promise.resolve();
  #model: { key: string; feed: PublicFeed; model: MapModel } | undefined;
  #drawing: Drawing | undefined;
  #mapWidth = 0;
  readonly #boundaries = new MapBoundaries(() => this.#redraw());
  readonly #tooltip = new MapTooltip(() => this.renderRoot.querySelector<HTMLElement>(".tooltip"));

  // Set by #redraw until the next update: a redraw the map asked for itself (its boundaries
  // loaded, its second render due), which a width change in the same batch must not cancel.
  #redrawAsked = false;

  #redraw(): void {
    this.#redrawAsked = true;
    this.requestUpdate();
  }

  // The base redraws when the width available changes (its ResizeObserver); the map scales
  // with CSS and its container query instead, so that alone never redraws it.
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const asked = this.#redrawAsked;
    this.#redrawAsked = false;
    return asked || !(changed.size === 1 && changed.has("chartWidth" as keyof ZcProgressMap));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const geoProperties = ["geoSrc", "approvalNumber", "geoKey", "geoObject"] as const;
    if (geoProperties.some((p) => (changed as PropertyValues<ZcProgressMap>).has(p))) {
      this.#boundaries.choose({
        src: this.geoSrc,
        approvalNumber: this.approvalNumber,
        key: this.geoKey,
        object: this.geoObject,
      });
    }
    super.willUpdate(changed);
  }

  protected override updated(): void {
    super.updated();
    // Through the CSSOM, which a strict Content-Security-Policy allows (a `style` attribute in
    // the template it blocks).
    this.renderRoot
      .querySelector<HTMLElement>(".map")
      ?.style.setProperty("--_zc-map-width", `${this.#mapWidth}px`);
    markCells(this.renderRoot, this.#active, this.selected);
    if (this.#secondary !== "deferred" || !this.#drawing) return;
    this.#secondary = "scheduled";
    this.#secondaryDrawn = new Promise((resolve) => {
      const fill = () => {
        if (this.#secondary === "full") return;
        this.#secondary = "full";
        this.#redraw();
        resolve();
      };
      // In the frame after the one that paints the map; a page in a background tab gets no
      // frames: fill it anyway.
      requestAnimationFrame(() => requestAnimationFrame(fill));
      setTimeout(fill, 100);
    });
  }

  override async whenSettled(): Promise<ZcState> {
    await super.whenSettled();
    await this.#secondaryDrawn;
    return super.whenSettled();
  }

  /** The map's model for the current feed and choices, computed once per change. */
  #modelFor(feed: PublicFeed, level: TileGridLevel, locale: Locale): MapModel {
    const key = JSON.stringify([level, this.indicator, this.month, locale]);
    if (this.#model?.feed !== feed || this.#model.key !== key) {
      const model = progressMapModel(
        feed,
        { level, indicator: this.indicator, month: this.month },
        locale,
      );
      this.#model = { key, feed, model };
    }
    return this.#model.model;
  }

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    const missing = missingChoice(feed, this.indicator, this.month, locale);
    if (missing) return { empty: missing };
    const level: TileGridLevel = this.level === "city" ? "city" : "county";
    const colorBy: MapColorBy = this.colorBy === "value" ? "value" : "status";
    const model = this.#modelFor(feed, level, locale);
    const drawing = this.#boundaries.drawing(model, this.geoProjection) ?? tileDrawing(model);
    this.#drawing = drawing;
    this.#mapWidth = shownWidth(drawing, level);
    if (!drawing.placed.some((p) => p.region.code === this.#active)) {
      const selected = drawing.placed.find((p) => p.region.code === this.selected);
      this.#active = (selected ?? readingOrder(drawing.placed)[0])?.region.code;
    }
    const title = mapTitle(feed, this.indicator, level, colorBy, locale);
    const scale = colorBy === "value" ? sequentialScale(model.max) : undefined;
    const full = this.#secondary === "full";
    return {
      title,
      summary: full ? mapSummary(feed, model, colorBy, locale) : "",
      table: full ? mapTable(feed, model, locale) : { caption: "", columns: [], rows: [] },
      body: this.#body({ feed, model, colorBy, scale, locale }, drawing, title, full),
      fileParts: [this.indicator, level, colorBy],
    };
  }

  #body(context: CellContext, drawing: Drawing, title: string, full: boolean): TemplateResult {
    const { model, locale } = context;
    const geo = drawing.mode === "geo";
    const approval = this.#boundaries.approval(drawing, locale);
    const outline =
      geo || model.grid.level === "city"
        ? nothing
        : svg`<path class="outlines" aria-hidden="true" d=${cityOutlines(model.grid)} />`;
    return html`<div
        class=${`map ${context.colorBy}`}
        part="map"
        @pointerleave=${this.#tooltip.scheduleHide}
      >
        <svg
          data-zc-chart
          role="listbox"
          tabindex="-1"
          aria-label=${pick(locale, {
            "zh-CN": `${title}地图，共 ${drawing.placed.length} 个地区；用方向键移动，回车键选择`,
            en: `${title} map of ${drawing.placed.length} regions; arrow keys move, Enter selects`,
          })}
          viewBox=${`-2 -2 ${drawing.width + 4} ${drawing.height + 4}`}
          width=${drawing.width}
          height=${drawing.height}
          @keydown=${this.#onKeydown}
          @click=${this.#onClick}
          @pointerover=${this.#onPointerOver}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
        >
          ${this.#boundaries.patternDefs(drawing)}
          <defs>
            <pattern id="map-withheld" width="6" height="6" patternUnits="userSpaceOnUse">
              <rect class="withheld-ground" width="6" height="6" />
              <path d="M0 6 L6 0" stroke="currentColor" stroke-opacity="0.55" stroke-width="1" />
            </pattern>
          </defs>
          ${geo ? this.#boundaries.cells(drawing, context, full) : tileCells(drawing, context, full)}${outline}${
            geo ? nothing : rings(drawing, this.selected, this.#active)
          }${
            approval
              ? svg`<text class="approval-mark" aria-hidden="true" x="8" y=${drawing.height - 8}>${approval}</text>`
              : nothing
          }
        </svg>
        <div
          class="tooltip"
          part="tooltip"
          aria-hidden="true"
          hidden
          @pointerenter=${this.#tooltip.cancelHide}
          @pointerleave=${this.#tooltip.scheduleHide}
        ></div>
      </div>
      ${full ? mapLegend(model, context.colorBy, context.scale, geo, locale) : nothing}
      ${approval ? html`<p class="approval" part="approval">${approval}</p>` : nothing}
      ${this.#note(drawing, locale)}`;
  }

  #note(drawing: Drawing, locale: Locale): TemplateResult | typeof nothing {
    const text = this.#boundaries.note(drawing, locale);
    return text
      ? html`<p class="note note--warning" part="note" role="status">${text}</p>`
      : nothing;
  }

  // --- interaction ------------------------------------------------------------------------

  #cellByCode(code: string): SVGGElement | null {
    return cellByCode(this.renderRoot, code);
  }

  #placed(code: string | undefined): Placed | undefined {
    return this.#drawing?.placed.find((p) => p.region.code === code);
  }

  #moveTo(code: string): void {
    const next = this.#cellByCode(code);
    if (!next) return;
    if (this.#active && this.#active !== code)
      this.#cellByCode(this.#active)?.setAttribute("tabindex", "-1");
    next.setAttribute("tabindex", "0");
    this.#active = code;
    next.focus();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const from = this.#placed(cellOf(event.target)?.dataset.code);
    const key = from && mapKeyAction(this.#drawing?.placed ?? [], from, event.key);
    if (!from || !key) return;
    if (key.action === "hide-tooltip") {
      this.#tooltip.hide();
      return;
    }
    event.preventDefault();
    if (key.action === "select") this.#select(from.region);
    else if (key.to) this.#moveTo(key.to.region.code);
  };

  #onClick = (event: MouseEvent): void => {
    const region = this.#placed(cellOf(event.target)?.dataset.code)?.region;
    if (!region) return;
    this.#moveTo(region.code);
    this.#select(region);
  };

  #select(region: MapRegion): void {
    this.selected = region.code;
    const detail: ZcMapRegionSelectDetail = {
      code: region.code,
      region: region.code,
      name: region.name,
      level: region.level,
      value: region.value ?? null,
      status: region.status,
    };
    emit(this, "zc-region-select", detail);
  }

  #onPointerOver = (event: PointerEvent): void => {
    const target = cellOf(event.target);
    if (target) this.#showTooltip(target);
  };

  #onFocusIn = (event: FocusEvent): void => {
    const target = cellOf(event.target);
    if (target?.dataset.code) {
      this.#active = target.dataset.code;
      placeFocusRing(
        this.renderRoot,
        this.#placed(target.dataset.code),
        target.matches(":focus-visible"),
      );
      this.#showTooltip(target);
    }
  };

  #onFocusOut = (event: FocusEvent): void => {
    if (cellOf(event.relatedTarget)) return;
    this.#tooltip.hide();
    this.renderRoot.querySelector(".focus-ring")?.classList.remove("shown");
  };

  #showTooltip(target: SVGGElement): void {
    const feed = this.shownFeed;
    const model = this.#model?.model;
    const region = this.#placed(target.dataset.code)?.region;
    if (feed && model && region) {
      this.#tooltip.show(target, regionLines(feed, model, region, this.locale));
    }
  }
}
