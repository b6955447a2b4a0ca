import { type Locale, type NeedArea, needAreas, type PublicFeed } from "@zhucan/domain";
import { html, nothing, type PropertyDeclarations, svg } from "lit";
import { feedCell, textCell } from "../../base/data-table.js";
import { ZcElement, type ZcEmptyView, type ZcView } from "../../base/zc-element.js";
import { cellAt, monthIndex, provinceOf, regionName } from "../../feed/select.js";
import {
  cellNumber,
  formatCell,
  formatMonth,
  formatNumber,
  formatPercent,
} from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import { needsBreakdownStyles } from "./needs-breakdown.styles.js";

/** The five need areas of §三(一) in the notice's words and in English. */
export const needAreaNames: Readonly<Record<NeedArea, { "zh-CN": string; en: string }>> = {
  "education-support": { "zh-CN": "支教助学", en: "Education support" },
  employment: { "zh-CN": "就业扶贫", en: "Employment" },
  "skills-training": { "zh-CN": "技能培训", en: "Skills training" },
  rehabilitation: { "zh-CN": "康复治疗", en: "Rehabilitation" },
  "social-integration": { "zh-CN": "社会融入", en: "Social integration" },
};

/**
 * Registered youths by the five urgent-need areas their one-to-one files record (§三(一)):
 * education support, employment, skills training, rehabilitation, social integration. A youth
 * can have several needs, so the bars add up to more than the registered total; each share is
 * of the registered youths.
 *
 * @summary Registered youths by the five need areas, as bars and a table.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption.
 * @csspart chart - The bars' container.
 * @csspart note - The note that a youth can have several needs.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table.
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button.
 * @csspart provenance - The source, release, as-of and sample-data line.
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-color-accent - The bars.
 * @cssproperty --zc-color-surface - The bars' tracks.
 * @cssproperty --zc-color-border - Outline of a withheld ("<5", suppressed) value.
 *
 * @event zc-feed-load - A feed is shown.
 * @event zc-feed-error - No feed can be shown.
 * @event zc-download - A CSV, SVG or PNG file is about to be saved (cancelable).
 * @event zc-table-toggle - The data table was shown or hidden.
 */
export class ZcNeedsBreakdown extends ZcElement {
  static override styles = [...ZcElement.styles, needsBreakdownStyles];

  static override properties: PropertyDeclarations = {
    region: {},
    month: {},
  };

  /** GB/T 2260 code of the region; the province when absent. */
  region?: string;

  /** `YYYY-MM`; the feed's as-of month when absent. */
  month?: string;

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    const region = this.region || provinceOf(feed)?.code || "";
    const index = monthIndex(feed, this.month);
    const month = feed.months[index] ?? feed.asOf;
    const regionLabel = regionName(feed, region, locale);
    const needs = needAreas.map((area) => ({
      area,
      name: needAreaNames[area][locale],
      cell: index < 0 ? undefined : cellAt(feed, `need-${area}`, region, month),
    }));
    if (needs.every((n) => n.cell === undefined)) {
      return {
        empty: pick(locale, {
          "zh-CN": `数据中没有${regionLabel}${this.month ? ` ${this.month} ` : ""}的需求分类数字。`,
          en: `The data have no needs breakdown for ${regionLabel}${this.month ? ` in ${this.month}` : ""}.`,
        }),
      };
    }
    const registeredCell = cellAt(feed, "youths-registered", region, month);
    const registered = cellNumber(registeredCell);
    const share = (n: number | undefined) =>
      n === undefined || !registered ? "" : formatPercent(n / registered, locale);
    const monthLabel = formatMonth(month, locale);
    const people = pick(locale, { "zh-CN": "人", en: "" });
    return {
      title: pick(locale, {
        "zh-CN": `${regionLabel}登记青少年的需求（${monthLabel}）`,
        en: `Needs of the youths registered in ${regionLabel} (${monthLabel})`,
      }),
      summary: this.#summary(locale, needs, registered, regionLabel, monthLabel),
      table: {
        caption: pick(locale, {
          "zh-CN": `${regionLabel}登记青少年按需求领域（${monthLabel}；一人可有多项需求）`,
          en: `Youths registered in ${regionLabel} by need area (${monthLabel}; a youth can have several needs)`,
        }),
        columns: [
          { label: pick(locale, { "zh-CN": "需求领域", en: "Need area" }) },
          { label: pick(locale, { "zh-CN": "人数", en: "Youths" }), numeric: true },
          {
            label: pick(locale, { "zh-CN": "占登记人数", en: "Share of registered" }),
            numeric: true,
          },
        ],
        rows: [
          ...needs.map((n) => [
            textCell(n.name),
            feedCell(n.cell, locale),
            textCell(share(cellNumber(n.cell))),
          ]),
          [
            textCell(
              pick(locale, {
                "zh-CN": "登记青少年（每人计一次）",
                en: "Youths registered (each counted once)",
              }),
            ),
            feedCell(registeredCell, locale),
            textCell(registered ? formatPercent(1, locale) : ""),
          ],
        ],
      },
      body: html`${this.#bars(needs, share, people)}
        <p part="note" class="note">${pick(locale, {
          "zh-CN": `一名青少年可有多项需求，各项人数之和可超过登记人数${registered ? `（${formatNumber(registered, locale)}人）` : ""}。`,
          en: `A youth can have several needs, so the figures can add up to more than the youths registered${registered ? ` (${formatNumber(registered, locale)})` : ""}.`,
        })}</p>`,
      fileParts: ["needs", region, ...(this.month ? [month] : [])],
    };
  }

  #summary(
    locale: Locale,
    needs: readonly { name: string; cell: unknown }[],
    registered: number | undefined,
    regionLabel: string,
    monthLabel: string,
  ): string {
    const ranked = needs
      .filter((n): n is { name: string; cell: number } => typeof n.cell === "number")
      .sort((a, b) => b.cell - a.cell);
    const pct = (n: number) => (registered ? formatPercent(n / registered, locale) : "");
    const [top, second] = ranked;
    const zhPart = (n: { name: string; cell: number }) =>
      `${n.name}（${formatNumber(n.cell, locale)}人${registered ? `，占${pct(n.cell)}` : ""}）`;
    const enPart = (n: { name: string; cell: number }) =>
      `${n.name.toLowerCase()} (${formatNumber(n.cell, locale)}${registered ? `, ${pct(n.cell)}` : ""})`;
    const zhWho = registered
      ? `${regionLabel}登记的${formatNumber(registered, locale)}名青少年中`
      : `${regionLabel}登记的青少年中`;
    const enWho = registered
      ? `of the ${formatNumber(registered, locale)} youths registered in ${regionLabel}`
      : `among the youths registered in ${regionLabel}`;
    if (!top) {
      return pick(locale, {
        "zh-CN": `${monthLabel}，${zhWho}，各项需求人数均未公布或无数据。`,
        en: `In ${monthLabel}, ${enWho}, no need figure is published.`,
      });
    }
    return pick(locale, {
      "zh-CN": `${monthLabel}，${zhWho}，需求最多的是${zhPart(top)}${second ? `，其次是${zhPart(second)}` : ""}；一人可有多项需求。`,
      en: `In ${monthLabel}, ${enWho}, the most common need was ${enPart(top)}${second ? `, followed by ${enPart(second)}` : ""}; a youth can have several needs.`,
    });
  }

  #bars(
    needs: readonly { area: string; name: string; cell: ReturnType<typeof cellAt> }[],
    share: (n: number | undefined) => string,
    people: string,
  ) {
    const width = this.chartWidth;
    const rowH = 44;
    const barH = 16;
    const max = Math.max(1, ...needs.map((n) => cellNumber(n.cell) ?? 0));
    const locale = this.locale;
    return html`<svg data-zc-chart width=${width} height=${needs.length * rowH} viewBox="0 0 ${width} ${needs.length * rowH}" aria-hidden="true">
      ${needs.map((n, i) => {
        const y = i * rowH;
        const value = cellNumber(n.cell);
        const label = `${formatCell(n.cell, locale)}${value === undefined ? "" : people}${share(value) ? ` · ${share(value)}` : ""}`;
        return svg`<text x="0" y=${y + 15}>${n.name}</text>
          <text class="value" x=${width} y=${y + 15} text-anchor="end">${label}</text>
          <rect class="track" x="0" y=${y + 22} width=${width} height=${barH} />
          ${
            value === undefined
              ? svg`<rect class="withheld" x="0.5" y=${y + 22.5} width=${Math.min(width - 1, 48)} height=${barH - 1} />`
              : value > 0
                ? svg`<rect class="bar" x="0.5" y=${y + 22.5} width=${Math.max(1, (value / max) * (width - 1))} height=${barH - 1} />`
                : nothing
          }`;
      })}
    </svg>`;
  }
}
