import type { Locale, PublicFeed } from "@zhucan/domain";
import { html, nothing, type PropertyDeclarations, svg } from "lit";
import { feedCell, textCell } from "../../base/data-table.js";
import { ZcElement, type ZcEmptyView, type ZcView } from "../../base/zc-element.js";
import {
  feedIndicator,
  indicatorName,
  monthIndex,
  provinceOf,
  regionName,
  seriesValues,
} from "../../feed/select.js";
import {
  cellNumber,
  formatCell,
  formatChange,
  formatMonth,
  formatNumber,
} from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import { sparkline } from "./sparkline.js";
import { statStyles } from "./stat.styles.js";

/** The headline indicator every element shows by default. */
export const headlineIndicator = "youths-covered";

/**
 * One headline figure of the programme, its change since the previous month and a sparkline
 * of the months so far. Made for publicity: `size="xl"` for a banner, downloads as an image
 * that carries the source and, for sample data, "示例数据（合成）".
 *
 * With only `src` set it shows the headline indicator (youths covered) for the province in
 * the feed's latest month.
 *
 * @summary A headline figure with its monthly change and a sparkline.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption (region · indicator).
 * @csspart figure - The big number.
 * @csspart change - The change since the previous month.
 * @csspart chart - The sparkline's container.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table (every month up to the one shown).
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button.
 * @csspart provenance - The source, release, as-of and sample-data line.
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-stat-figure-size - Size of the big number (default by `size`: s 1.75rem, m 2.5rem, l 3.5rem, xl 5rem).
 * @cssproperty --zc-color-accent - The sparkline.
 * @cssproperty --zc-color-text - Text.
 * @cssproperty --zc-color-muted - Secondary text.
 * @cssproperty --zc-color-background - Background.
 * @cssproperty --zc-font-family - Font (system fonts only; no web fonts are loaded).
 *
 * @event zc-feed-load - A feed is shown (`detail.stale` after a failed refresh).
 * @event zc-feed-error - No feed can be shown.
 * @event zc-download - A CSV, SVG or PNG file is about to be saved (cancelable).
 * @event zc-table-toggle - The data table was shown or hidden.
 */
export class ZcStat extends ZcElement {
  static override styles = [...ZcElement.styles, statStyles];

  static override properties: PropertyDeclarations = {
    indicator: {},
    region: {},
    month: {},
    size: { reflect: true },
  };

  /** Indicator id (see the feed's `indicators`). */
  indicator = headlineIndicator;

  /** GB/T 2260 code of the region; the province when absent. */
  region?: string;

  /** `YYYY-MM`; the feed's as-of month when absent. */
  month?: string;

  /** Size of the figure: `s`, `m` (default), `l` or `xl`. */
  size: "s" | "m" | "l" | "xl" = "m";

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    const region = this.region || provinceOf(feed)?.code || "";
    const values = seriesValues(feed, this.indicator, region);
    const index = monthIndex(feed, this.month);
    const regionLabel = regionName(feed, region, locale);
    const indicatorLabel = indicatorName(feed, this.indicator, locale);
    if (!values || index < 0) {
      return {
        empty: pick(locale, {
          "zh-CN": `数据中没有${regionLabel}“${indicatorLabel}”${this.month ? `${this.month} ` : ""}的数字。`,
          en: `The data have no figure for “${indicatorLabel}” in ${regionLabel}${this.month ? ` for ${this.month}` : ""}.`,
        }),
      };
    }
    const month = feed.months[index] ?? "";
    const cell = values[index];
    const unit = feedIndicator(feed, this.indicator)?.unit[locale] ?? "";
    const current = cellNumber(cell);
    const previous = index > 0 ? cellNumber(values[index - 1]) : undefined;
    const delta = current !== undefined && previous !== undefined ? current - previous : undefined;
    const monthLabel = formatMonth(month, locale);
    const figure = formatCell(cell, locale);
    const change = this.#changeText(delta, index, locale);
    const shown = values.slice(0, index + 1);
    return {
      title: `${regionLabel} · ${indicatorLabel}`,
      summary: this.#summary(locale, {
        monthLabel,
        regionLabel,
        indicatorLabel,
        figure,
        unit,
        cell,
        delta,
      }),
      headline: [
        `${figure}${current === undefined ? "" : ` ${unit}`}`,
        `${monthLabel} · ${change}`,
      ],
      table: {
        caption: pick(locale, {
          "zh-CN": `${regionLabel}${indicatorLabel}（${unit}），按月`,
          en: `${indicatorLabel} in ${regionLabel} (${unit}), by month`,
        }),
        columns: [
          { label: pick(locale, { "zh-CN": "月份", en: "Month" }) },
          { label: indicatorLabel, numeric: true },
        ],
        rows: shown.map((v, i) => [
          textCell(formatMonth(feed.months[i] ?? "", locale)),
          feedCell(v, locale),
        ]),
      },
      body: this.#body(
        figure,
        current === undefined ? undefined : unit,
        change,
        monthLabel,
        shown,
        cell,
        locale,
      ),
      fileParts: [this.indicator, region, ...(this.month ? [month] : [])],
    };
  }

  #changeText(delta: number | undefined, index: number, locale: Locale): string {
    if (index === 0)
      return pick(locale, { "zh-CN": "首月，无上月可比", en: "first month, nothing to compare" });
    if (delta === undefined) {
      return pick(locale, {
        "zh-CN": "无法与上月比较",
        en: "no comparison with the previous month",
      });
    }
    return pick(locale, {
      "zh-CN": `比上月 ${formatChange(delta, locale)}`,
      en: `${formatChange(delta, locale)} on the previous month`,
    });
  }

  #summary(
    locale: Locale,
    s: {
      monthLabel: string;
      regionLabel: string;
      indicatorLabel: string;
      figure: string;
      unit: string;
      cell: unknown;
      delta: number | undefined;
    },
  ): string {
    const n = (v: number) => formatNumber(Math.abs(v), locale);
    if (typeof s.cell !== "number") {
      return pick(locale, {
        "zh-CN": `${s.monthLabel}，${s.regionLabel}的${s.indicatorLabel}为“${s.figure}”${s.cell === null ? "（该月未报送）" : "（为保护隐私不公布确切数字）"}。`,
        en: `In ${s.monthLabel}, the figure for “${s.indicatorLabel}” in ${s.regionLabel} was “${s.figure}”${s.cell === null ? " (nothing was reported)" : " (withheld to protect privacy)"}.`,
      });
    }
    const zhChange =
      s.delta === undefined
        ? ""
        : s.delta === 0
          ? "，与上月持平"
          : `，比上月${s.delta > 0 ? "增加" : "减少"}${n(s.delta)}${s.unit}`;
    const enChange =
      s.delta === undefined
        ? ""
        : s.delta === 0
          ? ", unchanged on the previous month"
          : `, ${s.delta > 0 ? "up" : "down"} ${n(s.delta)} on the previous month`;
    return pick(locale, {
      "zh-CN": `截至${s.monthLabel}，${s.regionLabel}的${s.indicatorLabel}为${s.figure}${s.unit}${zhChange}。`,
      en: `As of ${s.monthLabel}, the figure for “${s.indicatorLabel}” in ${s.regionLabel} was ${s.figure} ${s.unit}${enChange}.`,
    });
  }

  #body(
    figure: string,
    unit: string | undefined,
    change: string,
    monthLabel: string,
    shown: readonly unknown[],
    cell: unknown,
    locale: Locale,
  ) {
    const width = Math.min(200, Math.max(120, Math.round(this.chartWidth / 3)));
    const height = 48;
    const line = sparkline(
      shown.map((v) => (typeof v === "number" ? v : undefined)),
      width,
      height,
    );
    const note =
      cell === "<5"
        ? pick(locale, {
            "zh-CN": "“<5”表示 1 至 4：为保护隐私不公布确切数字。",
            en: "“<5” means 1 to 4: withheld to protect privacy.",
          })
        : cell === "suppressed"
          ? pick(locale, {
              "zh-CN": "该数字已隐藏，以免推算出小于 5 的数字。",
              en: "Hidden so that a count under 5 cannot be worked out.",
            })
          : undefined;
    return html`<div class="stat">
        <div>
          <p part="figure" class="figure">${figure}${unit ? html`<span class="unit">${unit}</span>` : nothing}</p>
          <p part="change" class="change">${change}</p>
          <p class="month">${monthLabel}</p>
        </div>
        <svg data-zc-chart class="spark" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
          ${svg`<line class="baseline" x1="0" x2=${width} y1=${height - 0.5} y2=${height - 0.5} />`}
          ${line.segments.map((points) => svg`<polyline points=${points} />`)}
          ${line.last ? svg`<circle cx=${line.last.x} cy=${line.last.y} r="3" />` : nothing}
        </svg>
      </div>
      ${note ? html`<p class="note">${note}</p>` : nothing}`;
  }
}
