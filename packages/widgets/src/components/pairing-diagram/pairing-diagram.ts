import type { FeedPairing, Locale, PublicFeed } from "@zhucan/domain";
import { html, nothing, type PropertyDeclarations, svg, type TemplateResult } from "lit";
import { textCell } from "../../base/data-table.js";
import { emit } from "../../base/events.js";
import { ZcElement, type ZcEmptyView, type ZcView } from "../../base/zc-element.js";
import { formatList, formatNumber } from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import { pairingDiagramStyles } from "./pairing-diagram.styles.js";
import { pairingLayout } from "./pairing-layout.js";

type Confidence = FeedPairing["confidence"];

/** How each confidence level reads and is drawn: a label and a line style (the second cue). */
export const confidenceLooks: Readonly<
  Record<Confidence, { readonly label: { "zh-CN": string; en: string }; readonly dash: string }>
> = {
  high: { label: { "zh-CN": "可信度高", en: "high confidence" }, dash: "none" },
  medium: { label: { "zh-CN": "可信度中", en: "medium confidence" }, dash: "7 4" },
  low: { label: { "zh-CN": "可信度低", en: "low confidence" }, dash: "2 4" },
};

const confidences = ["high", "medium", "low"] as const satisfies readonly Confidence[];

/**
 * The helping → helped city pairs of the programme (§三(二), §五): which cities of the Pearl
 * River Delta help which cities, as reported in the press, with how confident that record is.
 * A two-column diagram (solid, dashed and dotted links for high, medium and low confidence)
 * and, below it, the same pairs as a list whose city buttons highlight a city's links and
 * announce the choice (`zc-region-select`).
 *
 * @summary Helping → helped city pairs, as a diagram and a list, with confidence.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption.
 * @csspart chart - The diagram and list's container.
 * @csspart diagram - The two-column diagram.
 * @csspart list - The list of pairs.
 * @csspart city - Each city button of the list.
 * @csspart legend - The legend of line styles.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table (pairs, counties, confidence, source).
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button of the toolbar.
 * @csspart provenance - The source, release, as-of and sample-data line.
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-pairing-link - Colour of the links (default: accent colour).
 * @cssproperty --zc-pairing-node - Colour of the city dots (default: text colour).
 * @cssproperty --zc-color-focus - The focus ring.
 *
 * @event zc-region-select - A city was chosen in the list: `detail` is `{ region, level, name }`.
 * @event zc-feed-load - A feed is shown.
 * @event zc-feed-error - No feed can be shown.
 * @event zc-download - A CSV, SVG or PNG file is about to be saved (cancelable).
 * @event zc-table-toggle - The data table was shown or hidden.
 */
export class ZcPairingDiagram extends ZcElement {
  static override styles = [...ZcElement.styles, pairingDiagramStyles];

  static override properties: PropertyDeclarations = {
    selected: { reflect: true },
  };

  /** GB/T 2260 code of the highlighted city (helping or helped); set by a choice in the list. */
  selected?: string;

  #levels = new Map<string, "province" | "city" | "county">();

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    const pairs = feed.pairings;
    if (pairs.length === 0) {
      return {
        empty: pick(locale, {
          "zh-CN": "数据中没有结对帮扶关系。",
          en: "The data list no helping–helped city pairs.",
        }),
      };
    }
    const names = new Map(feed.regions.map((r) => [r.code, r.name[locale]]));
    const name = (code: string) => names.get(code) ?? code;
    this.#levels = new Map(feed.regions.map((r) => [r.code, r.level]));
    const counties = (p: FeedPairing) =>
      p.counties?.length ? formatList(p.counties.map(name), locale) : "";
    const helping = new Set(pairs.map((p) => p.helping));
    const helped = new Set(pairs.map((p) => p.helped));
    const doubtful = pairs.filter((p) => p.confidence !== "high");
    const en = locale === "en";
    const pairWords = (p: FeedPairing) => `${name(p.helping)} → ${name(p.helped)}`;
    const summary = en
      ? `${formatNumber(helping.size, locale)} helping cities or districts are paired with ${formatNumber(helped.size, locale)} helped cities in ${formatNumber(pairs.length, locale)} pairs${
          doubtful.length
            ? `; ${formatList(
                doubtful.map((p) => `${pairWords(p)} (${confidenceLooks[p.confidence].label.en})`),
                locale,
              )} ${doubtful.length === 1 ? "is" : "are"} less certain`
            : ", all recorded with high confidence"
        }.`
      : `${helping.size} 个帮扶城市（区）与 ${helped.size} 个被帮扶城市结成 ${pairs.length} 对帮扶关系${
          doubtful.length
            ? `；其中${doubtful.map((p) => `${pairWords(p)}（${confidenceLooks[p.confidence].label["zh-CN"]}）`).join("、")}有待核实`
            : "，可信度均为高"
        }。`;
    return {
      title: pick(locale, { "zh-CN": "结对帮扶城市", en: "Helping and helped cities" }),
      summary,
      table: {
        caption: pick(locale, {
          "zh-CN": "帮扶城市 → 被帮扶城市（据报道，非正式文件）",
          en: "Helping → helped cities (as reported in the press, not an official list)",
        }),
        columns: [
          { label: pick(locale, { "zh-CN": "帮扶城市", en: "Helping" }) },
          { label: pick(locale, { "zh-CN": "被帮扶城市", en: "Helped" }) },
          { label: pick(locale, { "zh-CN": "县（区）", en: "Counties" }) },
          { label: pick(locale, { "zh-CN": "可信度", en: "Confidence" }) },
          { label: pick(locale, { "zh-CN": "来源", en: "Source" }) },
        ],
        rows: pairs.map((p) => [
          textCell(name(p.helping)),
          textCell(name(p.helped)),
          textCell(counties(p) || "—"),
          { text: confidenceLooks[p.confidence].label[locale], raw: p.confidence },
          textCell(p.source),
        ]),
      },
      body: html`${this.#diagram(pairs, name, counties, locale)}${this.#list(pairs, name, counties, locale)}${this.#legend(locale)}`,
    };
  }

  #diagram(
    pairs: readonly FeedPairing[],
    name: (code: string) => string,
    counties: (p: FeedPairing) => string,
    locale: Locale,
  ): TemplateResult {
    const layout = pairingLayout(pairs, { leftX: 130, rightX: 290 });
    const width = 420;
    const headY = 14;
    const top = 26;
    const chosen = this.selected;
    const en = locale === "en";
    const linkTitle = (p: FeedPairing) => {
      const where = counties(p) ? (en ? ` (${counties(p)})` : `（${counties(p)}）`) : "";
      const how = confidenceLooks[p.confidence].label[locale];
      return `${name(p.helping)} → ${name(p.helped)}${where}${en ? ", " : "，"}${how}`;
    };
    const lit = (p: FeedPairing) => chosen === p.helping || chosen === p.helped;
    const dim = chosen !== undefined && pairs.some(lit);
    // The list below says all this in words; the drawing is its picture (aria-hidden).
    return html`<svg
      data-zc-chart
      part="diagram"
      class=${dim ? "diagram dim" : "diagram"}
      viewBox=${`0 0 ${width} ${layout.height + top}`}
      width=${width}
      height=${layout.height + top}
      aria-hidden="true"
    >
      <text class="head" x="130" y=${headY} text-anchor="end">${pick(locale, { "zh-CN": "帮扶", en: "Helping" })}</text>
      <text class="head" x="290" y=${headY}>${pick(locale, { "zh-CN": "被帮扶", en: "Helped" })}</text>
      <g transform=${`translate(0 ${top})`}>
        ${layout.links.map(
          ({ pair, d }) =>
            svg`<path class=${`link ${pair.confidence}${lit(pair) ? " on" : ""}`} d=${d}
              stroke-dasharray=${confidenceLooks[pair.confidence].dash}><title>${linkTitle(pair)}</title></path>`,
        )}
        ${layout.helping.map(
          (
            c,
          ) => svg`<g class=${`node${chosen === c.code ? " on" : ""}`} data-code=${c.code} @click=${() => this.#choose(c.code, name(c.code))}>
            <circle cx=${c.x} cy=${c.y} r="5" />
            <text x=${c.x - 10} y=${c.y} text-anchor="end">${name(c.code)}</text>
          </g>`,
        )}
        ${layout.helped.map(
          (
            c,
          ) => svg`<g class=${`node${chosen === c.code ? " on" : ""}`} data-code=${c.code} @click=${() => this.#choose(c.code, name(c.code))}>
            <circle cx=${c.x} cy=${c.y} r="5" />
            <text x=${c.x + 10} y=${c.y}>${name(c.code)}</text>
          </g>`,
        )}
      </g>
    </svg>`;
  }

  #list(
    pairs: readonly FeedPairing[],
    name: (code: string) => string,
    counties: (p: FeedPairing) => string,
    locale: Locale,
  ): TemplateResult {
    const byHelping = new Map<string, FeedPairing[]>();
    for (const p of pairs) byHelping.set(p.helping, [...(byHelping.get(p.helping) ?? []), p]);
    const city = (code: string) =>
      html`<button
        type="button"
        part="city"
        class="city"
        aria-pressed=${this.selected === code ? "true" : "false"}
        @click=${() => this.#choose(code, name(code))}
      >${name(code)}</button>`;
    return html`<ul class="pairs" part="list" aria-label=${pick(locale, { "zh-CN": "结对帮扶关系", en: "Pairs" })}>
      ${[...byHelping].map(
        ([helping, own]) => html`<li>
          ${city(helping)}
          <span class="arrow">${pick(locale, { "zh-CN": "帮扶", en: "helps" })}</span>
          <ul>
            ${own.map(
              (p) => html`<li>
                ${city(p.helped)}${
                  counties(p)
                    ? html`<span class="counties"
                      >${locale === "en" ? ` (${counties(p)})` : `（${counties(p)}）`}</span
                    >`
                    : nothing
                }
                <span class=${`confidence ${p.confidence}`}
                  ><svg class="line" viewBox="0 0 24 8" aria-hidden="true">
                    <path d="M1 4H23" stroke-dasharray=${confidenceLooks[p.confidence].dash} /></svg
                  >${confidenceLooks[p.confidence].label[locale]}</span
                >
              </li>`,
            )}
          </ul>
        </li>`,
      )}
    </ul>`;
  }

  #legend(locale: Locale): TemplateResult {
    return html`<ul class="legend" part="legend" aria-label=${pick(locale, { "zh-CN": "图例", en: "Legend" })}>
      ${confidences.map(
        (c) => html`<li>
          <svg class="line" viewBox="0 0 24 8" aria-hidden="true">
            <path d="M1 4H23" stroke-dasharray=${confidenceLooks[c].dash} />
          </svg>
          ${confidenceLooks[c].label[locale]}
        </li>`,
      )}
    </ul>`;
  }

  // A second press on the chosen city clears the highlight (and announces nothing).
  #choose(code: string, name: string): void {
    if (this.selected === code) {
      this.selected = undefined;
      return;
    }
    this.selected = code;
    emit(this, "zc-region-select", {
      region: code,
      level: this.#levels.get(code) ?? "city",
      name,
    });
  }
}
