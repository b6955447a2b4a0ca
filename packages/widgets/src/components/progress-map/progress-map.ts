import type { FeedCell, Locale, PublicFeed } from "@zhucan/domain";
import {
  html,
  nothing,
  type PropertyValues,
  type SVGTemplateResult,
  svg,
  type TemplateResult,
} from "lit";
import { property, state } from "lit/decorators.js";
import { emit, type ZcRegionSelectDetail } from "../../base/events.js";
import { ZcElement, type ZcEmptyView, type ZcState, type ZcView } from "../../base/zc-element.js";
import { formatCell } from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import type { GeoPolygon, ProjectedShapes, ShapeProjection } from "../../layout/geo-shapes.js";
import {
  type GridDirection,
  nearestInDirection,
  readingOrder,
} from "../../layout/grid-navigation.js";
import { groupOutlinePath } from "../../layout/group-outlines.js";
import { type SequentialScale, sequentialScale } from "../../layout/sequential-scale.js";
import { shortRegionName } from "../../layout/short-name.js";
import type { TileGridLevel } from "../../layout/tile-grid.js";
import { type ProgressStatus, statusLooks, statusPatternDefs } from "../../styles/status.js";
import type { GeoLoad } from "./geo-loader.js";
import { mapFillStyles, mapPatterns, patternFill, statusFill, valueFill } from "./map-fills.js";
import { type MapColorBy, type MapModel, type MapRegion, progressMapModel } from "./map-model.js";
import { indicatorWords, mapSummary, mapTable, regionLines, statusCounts } from "./map-text.js";
import { progressMapStyles } from "./progress-map.styles.js";

/** `zc-region-select` from a map: the region chosen, its value in the month shown and its status. */
export interface ZcMapRegionSelectDetail extends ZcRegionSelectDetail {
  /** GB/T 2260 code (the same as `region`). */
  readonly code: string;
  /** The published value in the month shown (`null`: no data; `"<5"`, `"suppressed"` as published). */
  readonly value: FeedCell;
  readonly status: ProgressStatus;
}

const moduleFailure = {
  "zh-CN": "无法加载地图边界模块",
  en: "the boundary module could not be loaded",
};

// The headline indicator every element shows by default (as <zc-stat>).
const defaultIndicator = "youths-covered";
const cell = 40;
const areaMark = svg`<path class="area-mark" d="M2 5a3 3 0 0 1 3-3h9L2 14z" />`;
const arrowKeys: Readonly<Record<string, GridDirection>> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

interface Placed {
  readonly region: MapRegion;
  /** Position for arrow-key navigation, in cells. */
  readonly column: number;
  readonly row: number;
  readonly shape?: { readonly d: string; readonly x: number; readonly y: number };
}

interface Drawing {
  readonly mode: "tiles" | "geo";
  readonly width: number;
  readonly height: number;
  readonly placed: readonly Placed[];
  readonly missing: number;
}

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

  /** `county` (124 county-level units, default) or `city` (21 cities). */
  @property() level: TileGridLevel = "county";

  /** Indicator id (see the feed's `indicators`). */
  @property() indicator = defaultIndicator;

  /** `status` (default): progress status as of the feed's as-of month; `value`: the figure, in classes. */
  @property({ attribute: "color-by" }) colorBy: MapColorBy = "status";

  /** `YYYY-MM` of the values shown when coloured by value; the feed's as-of month when absent. */
  @property() month?: string;

  /** GB/T 2260 code of the selected region (set by the user's choice, or by the page). */
  @property({ reflect: true }) selected?: string;

  /** URL of the partner's boundaries (GeoJSON or TopoJSON keyed by GB/T 2260 code). */
  @property({ attribute: "geo-src" }) geoSrc?: string;

  /** The map approval number (审图号) of those boundaries; without it they are not drawn. */
  @property({ attribute: "approval-number" }) approvalNumber?: string;

  /** The feature property holding the code; `code`, `adcode`, `gb`, then the feature id when absent. */
  @property({ attribute: "geo-key" }) geoKey?: string;

  /** TopoJSON: the object to draw; the first when absent. */
  @property({ attribute: "geo-object" }) geoObject?: string;

  /** `mercator` (longitude/latitude, default) or `planar` (already projected coordinates). */
  @property({ attribute: "geo-projection" }) geoProjection: ShapeProjection = "mercator";

  @state() private geo: { readonly key: string; readonly load?: GeoLoad } | undefined;

  #active: string | undefined;
  /**
   * DECISION: the visually hidden data table (124 rows, about half of the first paint's layout
   * work) is filled one frame after the map is drawn, so that the map appears sooner; screen
   * readers and the CSV get it a frame later. `whenSettled()` waits for it.
   */
  #table: "deferred" | "scheduled" | "full" = "deferred";
  #tableFilled: Promise<void> = Promise.resolve();
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #model: { key: string; feed: PublicFeed; model: MapModel } | undefined;
  #projected:
    | { shapes: ReadonlyMap<string, readonly GeoPolygon[]>; key: string; value: ProjectedShapes }
    | undefined;
  #drawing: Drawing | undefined;
  #mapWidth = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const geoProperties = ["geoSrc", "approvalNumber", "geoKey", "geoObject"] as const;
    if (geoProperties.some((p) => (changed as PropertyValues<ZcProgressMap>).has(p))) {
      this.#loadGeo();
    }
    super.willUpdate(changed);
  }

  #loadGeo(): void {
    const src = this.geoSrc;
    if (!src || !this.approvalNumber) {
      this.geo = undefined;
      return;
    }
    const key = JSON.stringify([src, this.geoKey, this.geoObject]);
    if (this.geo?.key === key) return;
    this.geo = { key };
    const options = {
      ...(this.geoKey ? { key: this.geoKey } : {}),
      ...(this.geoObject ? { object: this.geoObject } : {}),
    };
    // Loaded on demand: most pages show the tile grid and never need the geometry code.
    void import("./geo-loader.js")
      .then(({ loadGeoShapes }) => loadGeoShapes(src, options))
      .catch((): GeoLoad => ({ state: "error", reason: "network", message: moduleFailure }))
      .then((load) => {
        if (this.geo?.key === key) this.geo = { key, load };
      });
  }

  protected override updated(): void {
    super.updated();
    // Through the CSSOM, which a strict Content-Security-Policy allows (a `style` attribute in
    // the template it blocks).
    this.renderRoot
      .querySelector<HTMLElement>(".map")
      ?.style.setProperty("--_zc-map-width", `${this.#mapWidth}px`);
    if (this.#table !== "deferred" || !this.#drawing) return;
    this.#table = "scheduled";
    this.#tableFilled = new Promise((resolve) => {
      const fill = () => {
        if (this.#table === "full") return;
        this.#table = "full";
        this.requestUpdate();
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
    await this.#tableFilled;
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
    const { name } = indicatorWords(feed, this.indicator, locale);
    if (!feed.indicators.some((i) => i.id === this.indicator)) {
      return {
        empty: pick(locale, {
          "zh-CN": `数据中没有指标“${this.indicator}”。`,
          en: `The data have no indicator “${this.indicator}”.`,
        }),
      };
    }
    if (this.month && !feed.months.includes(this.month)) {
      return {
        empty: pick(locale, {
          "zh-CN": `数据中没有 ${this.month} 的“${name}”。`,
          en: `The data have no “${name}” for ${this.month}.`,
        }),
      };
    }
    const level: TileGridLevel = this.level === "city" ? "city" : "county";
    const colorBy: MapColorBy = this.colorBy === "value" ? "value" : "status";
    const model = this.#modelFor(feed, level, locale);
    const scale = colorBy === "value" ? sequentialScale(model.max) : undefined;
    const drawing = this.#draw(model);
    this.#drawing = drawing;
    if (!drawing.placed.some((p) => p.region.code === this.#active)) {
      const selected = drawing.placed.find((p) => p.region.code === this.selected);
      this.#active = (selected ?? readingOrder(drawing.placed)[0])?.region.code;
    }
    const levelName = pick(
      locale,
      level === "city"
        ? { "zh-CN": "各地级市", en: "by city" }
        : { "zh-CN": "各县级单位", en: "by county" },
    );
    const title =
      locale === "en"
        ? `${name} ${levelName}${colorBy === "status" ? ": progress" : ""}`
        : `${levelName}${name}${colorBy === "status" ? "进度" : ""}`;
    return {
      title,
      summary: mapSummary(feed, model, colorBy, locale),
      table: mapTable(feed, this.#table === "full" ? model : { ...model, regions: [] }, locale),
      body: this.#body(feed, model, drawing, colorBy, scale, title, locale),
      fileParts: [this.indicator, level, colorBy],
    };
  }

  #draw(model: MapModel): Drawing {
    const load = this.geo?.load;
    if (load?.state === "ready") {
      const codes = new Set(model.regions.map((r) => r.code));
      const key = JSON.stringify([this.geoProjection, model.grid.level]);
      if (this.#projected?.shapes !== load.shapes || this.#projected.key !== key) {
        const own = new Map([...load.shapes].filter(([code]) => codes.has(code)));
        this.#projected = {
          shapes: load.shapes,
          key,
          value: load.project(own, { projection: this.geoProjection }),
        };
      }
      const projected = this.#projected.value;
      if (projected.shapes.length > 0) {
        const byCode = new Map(model.regions.map((r) => [r.code, r]));
        const placed = projected.shapes.map((shape) => ({
          region: byCode.get(shape.code) as MapRegion,
          column: shape.x / cell,
          row: shape.y / cell,
          shape,
        }));
        return {
          mode: "geo",
          width: projected.width,
          height: projected.height + 24,
          placed,
          missing: model.regions.length - placed.length,
        };
      }
    }
    return {
      mode: "tiles",
      width: model.grid.columns * cell,
      height: model.grid.rows * cell,
      placed: model.regions.map((region) => ({ region, column: region.column, row: region.row })),
      missing: 0,
    };
  }

  #body(
    feed: PublicFeed,
    model: MapModel,
    drawing: Drawing,
    colorBy: MapColorBy,
    scale: SequentialScale | undefined,
    title: string,
    locale: Locale,
  ): TemplateResult {
    const geo = drawing.mode === "geo";
    this.#mapWidth = Math.round(drawing.width * (model.grid.level === "city" && !geo ? 1.5 : 1));
    const cells = drawing.placed.map((p) => this.#cell(feed, model, p, colorBy, scale, locale));
    const outline =
      geo || model.grid.level === "city"
        ? nothing
        : svg`<path class="outlines" aria-hidden="true" d=${groupOutlinePath(
            drawing.placed.map((p) => ({ column: p.column, row: p.row, group: p.region.city })),
            cell,
          )} />`;
    const approval = geo
      ? svg`<text class="approval-mark" aria-hidden="true" x="8" y=${drawing.height - 8}>${this.#approvalText(locale)}</text>`
      : nothing;
    return html`<div
        class=${`map ${colorBy}`}
        part="map"
        @pointerleave=${this.#scheduleHide}
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
          ${geo ? statusPatternDefs(mapPatterns) : nothing}
          <defs>
            <pattern id="map-withheld" width="6" height="6" patternUnits="userSpaceOnUse">
              <rect class="withheld-ground" width="6" height="6" />
              <path d="M0 6 L6 0" stroke="currentColor" stroke-opacity="0.55" stroke-width="1" />
            </pattern>
          </defs>
          ${cells}${outline}${geo ? nothing : this.#rings(drawing)}${approval}
        </svg>
        <div
          class="tooltip"
          part="tooltip"
          aria-hidden="true"
          hidden
          @pointerenter=${this.#cancelHide}
          @pointerleave=${this.#scheduleHide}
        ></div>
      </div>
      ${this.#legend(model, colorBy, scale, geo, locale)}
      ${geo ? html`<p class="approval" part="approval">${this.#approvalText(locale)}</p>` : nothing}
      ${this.#notes(drawing, locale)}`;
  }

  // The selection and focus rings of the tile grid: one of each, drawn over the cells and moved
  // to the region they mark (the focus ring shows only while a cell has keyboard focus).
  #rings(drawing: Drawing): SVGTemplateResult {
    const at = (code: string | undefined) => drawing.placed.find((p) => p.region.code === code);
    const selected = at(this.selected);
    const active = at(this.#active);
    return svg`${
      selected
        ? svg`<rect class="ring" x=${selected.column * cell + 3.5} y=${selected.row * cell + 3.5}
            width="33" height="33" rx="2" />`
        : nothing
    }<rect class="focus-ring" x=${(active?.column ?? 0) * cell - 0.5} y=${(active?.row ?? 0) * cell - 0.5}
      width="41" height="41" rx="5" />`;
  }

  #approvalText(locale: Locale): string {
    return pick(locale, {
      "zh-CN": `审图号：${this.approvalNumber ?? ""}；边界由合作方提供`,
      en: `Map approval No. (审图号): ${this.approvalNumber ?? ""}; boundaries supplied by the partner`,
    });
  }

  #notes(drawing: Drawing, locale: Locale): TemplateResult | typeof nothing {
    if (!this.geoSrc) return nothing;
    let text: string | undefined;
    if (!this.approvalNumber) {
      text = pick(locale, {
        "zh-CN": "未提供审图号：按规定不显示行政区划边界，改用方格地图。",
        en: "No map approval number (审图号) was given, so boundaries are not drawn: showing the tile map.",
      });
    } else if (this.geo?.load?.state === "error") {
      const why = pick(locale, this.geo.load.message);
      text = pick(locale, {
        "zh-CN": `${why}，改用方格地图。`,
        en: `${why}: showing the tile map.`,
      });
    } else if (!this.geo?.load) {
      text = pick(locale, { "zh-CN": "正在加载地图边界…", en: "Loading the boundaries…" });
    } else if (drawing.mode === "tiles") {
      text = pick(locale, {
        "zh-CN": "地图边界文件中没有本级地区，改用方格地图。",
        en: "The boundary file has no regions of this level: showing the tile map.",
      });
    } else if (drawing.missing > 0) {
      text = pick(locale, {
        "zh-CN": `${drawing.missing} 个地区在边界文件中没有形状，见数据表。`,
        en: `${drawing.missing} regions have no shape in the boundary file; see the data table.`,
      });
    }
    return text
      ? html`<p class="note note--warning" part="note" role="status">${text}</p>`
      : nothing;
  }

  #cell(
    feed: PublicFeed,
    model: MapModel,
    placed: Placed,
    colorBy: MapColorBy,
    scale: SequentialScale | undefined,
    locale: Locale,
  ): SVGTemplateResult {
    const { region, shape } = placed;
    const withheld = region.value === "<5" || region.value === "suppressed";
    let fill: string;
    let mark: string;
    if (colorBy === "value" && scale) {
      fill =
        typeof region.value === "number"
          ? valueFill(scale.classOf(region.value))
          : withheld
            ? "fill-withheld"
            : "fill-empty";
      mark = cellFigure(region.value, locale);
    } else {
      // Tiles carry a symbol as the second cue and take a plain fill (cheaper to paint);
      // partner shapes have no room for one, so their fill is the status pattern.
      fill = shape ? patternFill(region.status) : statusFill(region.status);
      mark =
        statusLooks[region.status].symbol +
        (withheld ? ` ${cellFigure(region.value, locale)}` : "");
    }
    const label = regionLines(feed, model, region, locale).join(locale === "en" ? "; " : "；");
    const code = region.code;
    const tabindex = code === this.#active ? "0" : "-1";
    const selected = code === this.selected ? "true" : "false";
    if (shape) {
      return svg`<g class="cell" role="option" data-code=${code} tabindex=${tabindex}
        aria-selected=${selected} aria-label=${label}
      ><path class=${`fill shape ${fill}`} d=${shape.d} /></g>`;
    }
    // WCAG 2.5.3 (Label in Name): the tile's accessible name starts with the text it shows.
    const shortName = shortRegionName(region.name, { maxLatin: 6 });
    // One flat template per cell (no nested parts but the corner mark): the map draws 124 of them.
    return svg`<g class="cell" role="option" data-code=${code} tabindex=${tabindex}
      aria-selected=${selected} aria-label=${`${shortName}${mark} ${label}`}
      transform=${`translate(${region.column * cell} ${region.row * cell})`}
    ><rect class=${`fill ${fill}`} x="2" y="2" width="36" height="36" rx="3" />${
      region.inProgrammeArea ? areaMark : nothing
    }<text class="name" x="20" y="14">${shortName}</text
    ><text class="mark" x="20" y="29">${mark}</text></g>`;
  }

  #legend(
    model: MapModel,
    colorBy: MapColorBy,
    scale: SequentialScale | undefined,
    geo: boolean,
    locale: Locale,
  ): TemplateResult {
    const swatch = (fill: string, text = "") =>
      html`<svg class="swatch" viewBox="0 0 20 20" aria-hidden="true">
        <rect class=${fill} x="0.5" y="0.5" width="19" height="19" rx="2" />${
          text ? svg`<text x="10" y="10.5">${text}</text>` : nothing
        }
      </svg>`;
    const items: TemplateResult[] = [];
    if (colorBy === "value" && scale) {
      scale.classes.forEach((c, i) => {
        const range = `${formatCell(c.from, locale)}–${formatCell(c.to - 1, locale)}`;
        items.push(html`<li>${swatch(valueFill(i))}${range}</li>`);
      });
      items.push(
        html`<li>${swatch("fill-withheld")}${pick(locale, {
          "zh-CN": "<5 或已隐藏：为保护隐私未公布",
          en: "<5 or np: withheld for privacy",
        })}</li>`,
        html`<li>${swatch("fill-empty", "–")}${pick(locale, { "zh-CN": "无数据", en: "No data" })}</li>`,
      );
    } else {
      for (const [status, count] of statusCounts(model)) {
        const look = statusLooks[status];
        items.push(
          html`<li>${swatch(geo ? patternFill(status) : statusFill(status), look.symbol)}${look.label[locale]}
            (${count})</li>`,
        );
      }
    }
    if (model.grid.level === "county") {
      items.push(html`<li>
        <svg class="swatch" viewBox="0 0 20 20" aria-hidden="true">
          <rect class="ground" x="0.5" y="0.5" width="19" height="19" rx="2" />
          <path class="area-mark" d="M0.5 3.5a3 3 0 0 1 3-3h9L0.5 12.5z" />
        </svg>
        ${pick(locale, { "zh-CN": "角标：项目县（贫困县）", en: "Corner mark: programme-area county" })}
      </li>`);
    }
    return html`<ul class="legend" part="legend" aria-label=${pick(locale, { "zh-CN": "图例", en: "Legend" })}>
      ${items}
    </ul>`;
  }

  // --- interaction ------------------------------------------------------------------------

  #cellOf(target: EventTarget | null): SVGGElement | null {
    return target instanceof Element ? target.closest<SVGGElement>("g.cell") : null;
  }

  #cellByCode(code: string): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`g.cell[data-code="${CSS.escape(code)}"]`);
  }

  #placeFocusRing(code: string): void {
    const placed = this.#drawing?.placed.find((p) => p.region.code === code);
    const ring = this.renderRoot.querySelector(".focus-ring");
    if (!placed || !ring || placed.shape) return;
    ring.setAttribute("x", String(placed.column * cell - 0.5));
    ring.setAttribute("y", String(placed.row * cell - 0.5));
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
    const current = this.#cellOf(event.target)?.dataset.code;
    const placed = this.#drawing?.placed ?? [];
    const from = placed.find((p) => p.region.code === current);
    if (!from) return;
    const direction = arrowKeys[event.key];
    let to: Placed | undefined;
    if (direction) to = nearestInDirection(placed, from, direction);
    else if (event.key === "Home") to = readingOrder(placed)[0];
    else if (event.key === "End") to = readingOrder(placed).at(-1);
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.#select(from.region);
      return;
    } else if (event.key === "Escape") {
      this.#hideTooltip();
      return;
    } else return;
    event.preventDefault();
    if (to) this.#moveTo(to.region.code);
  };

  #onClick = (event: MouseEvent): void => {
    const code = this.#cellOf(event.target)?.dataset.code;
    const region = this.#drawing?.placed.find((p) => p.region.code === code)?.region;
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
    const target = this.#cellOf(event.target);
    if (target) this.#showTooltip(target);
  };

  #onFocusIn = (event: FocusEvent): void => {
    const target = this.#cellOf(event.target);
    if (target?.dataset.code) {
      this.#active = target.dataset.code;
      this.#placeFocusRing(target.dataset.code);
      this.#showTooltip(target);
    }
  };

  #onFocusOut = (event: FocusEvent): void => {
    if (!this.#cellOf(event.relatedTarget)) this.#hideTooltip();
  };

  #cancelHide = (): void => {
    clearTimeout(this.#hideTimer);
  };

  // Hidden after a pause, so the pointer can move onto the tooltip (WCAG 1.4.13: hoverable).
  #scheduleHide = (): void => {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => this.#hideTooltip(), 300);
  };

  #hideTooltip(): void {
    clearTimeout(this.#hideTimer);
    const tooltip = this.renderRoot.querySelector<HTMLElement>(".tooltip");
    if (tooltip) tooltip.hidden = true;
  }

  #showTooltip(target: SVGGElement): void {
    clearTimeout(this.#hideTimer);
    const feed = this.shownFeed;
    const model = this.#model?.model;
    const region = model?.regions.find((r) => r.code === target.dataset.code);
    const tooltip = this.renderRoot.querySelector<HTMLElement>(".tooltip");
    const map = tooltip?.parentElement;
    if (!feed || !model || !region || !tooltip || !map) return;
    tooltip.replaceChildren(
      ...regionLines(feed, model, region, this.locale).map((line) => {
        const p = document.createElement("p");
        p.textContent = line;
        return p;
      }),
    );
    tooltip.hidden = false;
    const box = target.getBoundingClientRect();
    const frame = map.getBoundingClientRect();
    const left = Math.min(
      Math.max(0, box.left - frame.left + box.width / 2 - tooltip.offsetWidth / 2),
      Math.max(0, frame.width - tooltip.offsetWidth),
    );
    const below = box.bottom - frame.top + 6;
    const above = box.top - frame.top - tooltip.offsetHeight - 6;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above >= 0 ? above : below}px`;
  }
}

/** How a value reads inside a cell: the figure, `<5`, `已隐藏`/`np`, or `–` for no data. */
function cellFigure(value: FeedCell | undefined, locale: Locale): string {
  if (typeof value === "number" || value === "<5") return formatCell(value, locale);
  if (value === "suppressed") return locale === "en" ? "np" : "已隐藏";
  return "–";
}
