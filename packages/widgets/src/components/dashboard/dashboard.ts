import type { Locale, PublicFeed } from "@zhucan/domain";
import { html, nothing, type PropertyDeclarations, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { feedCell, numberCell, textCell } from "../../base/data-table.js";
import { ZcElement, type ZcEmptyView, type ZcView } from "../../base/zc-element.js";
import { cellAt, indicatorName, progressOf, provinceOf, regionName } from "../../feed/select.js";
import { formatCell, formatMonth } from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import { statusLooks } from "../../styles/status.js";
import "../needs-breakdown/index.js";
import "../pairing-diagram/index.js";
import "../phase-timeline/index.js";
import "../progress-map/index.js";
import "../report-tracker/index.js";
import "../stat/index.js";
import "../target-progress/index.js";
import { dashboardStyles } from "./dashboard.styles.js";

/**
 * The headline figures of the dashboard, in order: youths covered (§四's main target), star
 * organisations (§三(二)) and V-stations (§三(四)).
 */
export const dashboardIndicators = ["youths-covered", "star-organisations", "v-stations"] as const;

// The elements a dashboard is made of.
const partTags = [
  "zc-stat",
  "zc-target-progress",
  "zc-phase-timeline",
  "zc-progress-map",
  "zc-needs-breakdown",
  "zc-pairing-diagram",
  "zc-report-tracker",
].join(",");

/**
 * Every element in one tag, for a partner page that wants the whole picture: headline figures,
 * progress against the phase targets, the phase timeline, the progress map, the needs of the
 * registered youths, the city pairs and the reporting record. The feed is loaded once (from
 * `src`, or given as `.feed`) and handed to every part; `lang` and `theme` apply to all.
 * Choosing a region on the map or a city in the pairs shows that region's figures (the
 * "whole province" button goes back).
 *
 * @summary The whole dashboard of the programme in one tag.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption.
 * @csspart chart - The dashboard's grid.
 * @csspart focus - The line saying which region the figures show, with the way back.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table (the headline figures).
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button.
 * @csspart provenance - The source, release, as-of and sample-data line (once for all parts).
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-dashboard-gap - Space between the parts.
 * @cssproperty --zc-dashboard-card-border - The border around each part.
 *
 * @event zc-region-select - A region was chosen on the map or in the pairs (from the part).
 * @event zc-phase-select - A phase was opened or closed in the timeline (from the part; `detail.phase` is its id).
 * @event zc-feed-load - The feed is shown.
 * @event zc-feed-error - No feed can be shown.
 * @event zc-download - A CSV, SVG or PNG file is about to be saved (cancelable).
 * @event zc-table-toggle - A data table was shown or hidden.
 */
export class ZcDashboard extends ZcElement {
  static override styles = [...ZcElement.styles, dashboardStyles];

  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    indicator: {},
    mapLevel: { attribute: "map-level" },
    mapColorBy: { attribute: "map-color-by" },
    geoSrc: { attribute: "geo-src" },
    approvalNumber: { attribute: "approval-number" },
  };

  /** GB/T 2260 code of the region the figures show; the province when absent. */
  region?: string;

  /** Indicator of the target progress and the map; the headline indicator when absent. */
  indicator = "youths-covered";

  /** The map's level: `county` (default) or `city`. */
  mapLevel: "county" | "city" = "county";

  /** What the map colours by: `status` (default) or `value`. */
  mapColorBy: "status" | "value" = "status";

  /** Passed to the map: the partner's boundaries and their approval number (see `<zc-progress-map>`). */
  geoSrc?: string;

  /** The map approval number (审图号) of `geo-src`. */
  approvalNumber?: string;

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    if (feed.series.length === 0 && feed.timeliness.length === 0 && feed.pairings.length === 0) {
      return {
        empty: pick(locale, {
          "zh-CN": "数据中没有指标、报送记录或结对关系。",
          en: "The data have no indicators, reporting records or city pairs.",
        }),
      };
    }
    const province = provinceOf(feed)?.code ?? "440000";
    const month = formatMonth(feed.asOf, locale);
    const figures = dashboardIndicators.map((indicator) => {
      const cell = cellAt(feed, indicator, province);
      const status = progressOf(feed, indicator, province)?.status;
      return { indicator, name: indicatorName(feed, indicator, locale), cell, status };
    });
    const shown = figures.filter((f) => f.cell !== undefined);
    const en = locale === "en";
    const place = regionName(feed, province, locale);
    const phrases = shown.map((f) => {
      const status = f.status ? statusLooks[f.status].label[locale] : "";
      return en
        ? `${f.name.toLowerCase()} ${formatCell(f.cell, locale)}${status ? ` (${status.toLowerCase()})` : ""}`
        : `${f.name}${formatCell(f.cell, locale)}${status ? `（${status}）` : ""}`;
    });
    const summary = shown.length
      ? en
        ? `${place}, ${month}: ${phrases.join("; ")}.`
        : `截至${month}，${place}${phrases.join("；")}。`
      : pick(locale, {
          "zh-CN": `截至${month}，数据中没有全省的主要指标。`,
          en: `${month}: the data have no province-wide headline figures.`,
        });
    return {
      title: pick(locale, {
        "zh-CN": "广东助残志愿者助力精准脱贫攻坚行动进展",
        en: "Guangdong disability-assistance volunteer action: progress",
      }),
      summary,
      table: {
        caption: pick(locale, {
          "zh-CN": `主要指标（${place}，截至${month}）`,
          en: `Headline figures (${place}, ${month})`,
        }),
        columns: [
          { label: pick(locale, { "zh-CN": "指标", en: "Indicator" }) },
          { label: pick(locale, { "zh-CN": "数值", en: "Value" }), numeric: true },
          { label: pick(locale, { "zh-CN": "阶段目标", en: "Phase target" }), numeric: true },
          { label: pick(locale, { "zh-CN": "进度", en: "Status" }) },
        ],
        rows: figures.map((f) => {
          const target = progressOf(feed, f.indicator, province)?.target;
          return [
            textCell(f.name),
            feedCell(f.cell ?? null, locale),
            target == null ? textCell("—") : numberCell(target, locale),
            f.status
              ? {
                  text: `${statusLooks[f.status].symbol} ${statusLooks[f.status].label[locale]}`,
                  raw: f.status,
                }
              : textCell("—"),
          ];
        }),
      },
      body: this.#board(feed, locale),
      fileParts: [feed.asOf],
    };
  }

  #board(feed: PublicFeed, locale: Locale): TemplateResult {
    const region = this.region || undefined;
    const theme = ifDefined(this.theme);
    // Each part gets the one feed; their own load events would only repeat the dashboard's.
    const quiet = (event: Event) => {
      if (event.target !== this) event.stopPropagation();
    };
    return html`${region ? this.#focusLine(feed, region, locale) : nothing}
      <div class="board" @zc-feed-load=${quiet} @zc-feed-error=${quiet} @zc-region-select=${this.#onRegionSelect}>
        <div class="row stats">
          ${dashboardIndicators.map(
            (indicator) =>
              html`<zc-stat .feed=${feed} theme=${theme} indicator=${indicator} region=${ifDefined(region)}></zc-stat>`,
          )}
        </div>
        <div class="row">
          <zc-target-progress .feed=${feed} theme=${theme} indicator=${this.indicator} region=${ifDefined(region)}></zc-target-progress>
          <zc-phase-timeline .feed=${feed} theme=${theme}></zc-phase-timeline>
        </div>
        <zc-progress-map
          .feed=${feed}
          theme=${theme}
          indicator=${this.indicator}
          level=${this.mapLevel}
          color-by=${this.mapColorBy}
          selected=${ifDefined(region)}
          geo-src=${ifDefined(this.geoSrc)}
          approval-number=${ifDefined(this.approvalNumber)}
        ></zc-progress-map>
        <div class="row">
          <zc-needs-breakdown .feed=${feed} theme=${theme} region=${ifDefined(region)}></zc-needs-breakdown>
          <zc-pairing-diagram .feed=${feed} theme=${theme}></zc-pairing-diagram>
        </div>
        <zc-report-tracker .feed=${feed} theme=${theme}></zc-report-tracker>
      </div>`;
  }

  #focusLine(feed: PublicFeed, region: string, locale: Locale): TemplateResult {
    return html`<p class="focus" part="focus" role="status">
      ${pick(locale, {
        "zh-CN": `数字显示：${regionName(feed, region, locale)}`,
        en: `Figures for ${regionName(feed, region, locale)}`,
      })}
      <button type="button" part="button" @click=${() => this.#showProvince()}>
        ${pick(locale, { "zh-CN": "回到全省", en: "Whole province" })}
      </button>
    </p>`;
  }

  #onRegionSelect = (event: CustomEvent<{ region: string }>): void => {
    this.region = event.detail.region;
  };

  #showProvince(): void {
    this.region = undefined;
  }

  /** The image downloads show the map, the dashboard's largest picture. */
  // Its parts render after it (in later slices when many elements render at once): the
  // dashboard has updated once they have.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const parts = [...this.renderRoot.querySelectorAll<ZcElement>(partTags)];
    const partsDone = await Promise.all(parts.map((part) => part.updateComplete));
    return done && partsDone.every(Boolean);
  }

  protected override exportGraphic(): SVGSVGElement | null {
    const map = this.renderRoot.querySelector("zc-progress-map");
    return map?.shadowRoot?.querySelector<SVGSVGElement>("svg[data-zc-chart]") ?? null;
  }
}
