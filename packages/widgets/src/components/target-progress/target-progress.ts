import type { FeedCell, FeedTarget, Locale, PublicFeed } from "@zhucan/domain";
import { html, nothing, type PropertyDeclarations, svg } from "lit";
import { type DataTableCell, feedCell, numberCell, textCell } from "../../base/data-table.js";
import { ZcElement, type ZcEmptyView, type ZcView } from "../../base/zc-element.js";
import {
  cellAt,
  feedIndicator,
  indicatorName,
  progressOf,
  provinceOf,
  regionName,
  targetsOf,
} from "../../feed/select.js";
import {
  cellNumber,
  formatCell,
  formatMonth,
  formatNumber,
  formatPercent,
} from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import {
  type ProgressStatus,
  statusLooks,
  statusPatternDefs,
  statusPatternId,
  statusSwatchStyles,
  statusText,
} from "../../styles/status.js";
import { targetProgressStyles } from "./target-progress.styles.js";
import { targetScale } from "./target-scale.js";

/**
 * One indicator against the programme's phase targets (§四): the actual figure as a bar, a mark
 * for each phase's target, the value expected by now (dashed), and the progress status in words,
 * symbol, colour and pattern. Status and expected value come from the feed's `progress`
 * (computed by the CLI with the project's method); targets from its `targets`, derived ones
 * shown with their arithmetic.
 *
 * @summary Actual against the phase targets, with the expected-by-now mark and status.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption.
 * @csspart status - The status line (badge and figures).
 * @csspart chart - The bar's container.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table.
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button.
 * @csspart provenance - The source, release, as-of and sample-data line.
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-status-achieved - Colour of "achieved" (Okabe–Ito bluish green).
 * @cssproperty --zc-status-on-track - Colour of "on track" (Okabe–Ito blue).
 * @cssproperty --zc-status-needs-acceleration - Colour of "needs acceleration" (Okabe–Ito orange).
 * @cssproperty --zc-status-off-track - Colour of "off track" (Okabe–Ito vermillion).
 * @cssproperty --zc-status-no-data - Colour of "no data".
 * @cssproperty --zc-status-no-target - Colour of "no target".
 * @cssproperty --zc-color-surface - The empty track.
 *
 * @event zc-feed-load - A feed is shown.
 * @event zc-feed-error - No feed can be shown.
 * @event zc-download - A CSV, SVG or PNG file is about to be saved (cancelable).
 * @event zc-table-toggle - The data table was shown or hidden.
 */
export class ZcTargetProgress extends ZcElement {
  static override styles = [...ZcElement.styles, statusSwatchStyles, targetProgressStyles];

  static override properties: PropertyDeclarations = {
    indicator: {},
    region: {},
  };

  /** Indicator id; the headline indicator (youths covered) when absent. */
  indicator = "youths-covered";

  /** GB/T 2260 code of the region; the province when absent. */
  region?: string;

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    const region = this.region || provinceOf(feed)?.code || "";
    const row = progressOf(feed, this.indicator, region);
    const targets = targetsOf(feed, this.indicator, region);
    const actualCell: FeedCell | undefined = row
      ? row.actual
      : cellAt(feed, this.indicator, region);
    const regionLabel = regionName(feed, region, locale);
    const indicatorLabel = indicatorName(feed, this.indicator, locale);
    if (!row && !targets.length) {
      return {
        empty: pick(locale, {
          "zh-CN": `数据中没有${regionLabel}“${indicatorLabel}”的目标和进度。`,
          en: `The data have no targets or progress for “${indicatorLabel}” in ${regionLabel}.`,
        }),
      };
    }
    const status: ProgressStatus =
      row?.status ?? (actualCell === undefined ? "no-data" : "no-target");
    const actual = cellNumber(actualCell);
    const expected = row?.expected ?? undefined;
    const unit = feedIndicator(feed, this.indicator)?.unit[locale] ?? "";
    const phaseName = (id: string | null | undefined) =>
      feed.phases.find((p) => p.id === id)?.name[locale] ?? id ?? "";
    const month = formatMonth(feed.asOf, locale);
    const currentTarget = row?.target ?? undefined;
    const figures = {
      actual: formatCell(actualCell, locale),
      expected: expected === undefined ? "" : formatNumber(Math.round(expected), locale),
      ratio: row?.ratio == null ? "" : formatPercent(row.ratio, locale),
      target: currentTarget === undefined ? "" : formatNumber(currentTarget, locale),
      phase: phaseName(row?.phase),
    };
    return {
      title: `${regionLabel} · ${indicatorLabel}`,
      summary: this.#summary(locale, status, {
        ...figures,
        month,
        regionLabel,
        indicatorLabel,
        unit,
      }),
      headline: [
        `${figures.actual}${actual === undefined ? "" : ` ${unit}`}`,
        `${statusText(status, locale)}${figures.ratio ? ` · ${figures.ratio}` : ""}`,
      ],
      table: {
        caption: pick(locale, {
          "zh-CN": `${regionLabel}${indicatorLabel}：实际、按计划应达和各阶段目标（截至${month}）`,
          en: `${indicatorLabel} in ${regionLabel}: actual, expected by now and phase targets (as of ${month})`,
        }),
        columns: [
          { label: pick(locale, { "zh-CN": "项目", en: "Item" }) },
          {
            label: pick(locale, { "zh-CN": `数值（${unit}）`, en: `Value (${unit})` }),
            numeric: true,
          },
          { label: pick(locale, { "zh-CN": "说明", en: "Note" }) },
        ],
        rows: [
          [
            textCell(pick(locale, { "zh-CN": `实际（${month}）`, en: `Actual (${month})` })),
            feedCell(actualCell, locale),
            textCell(""),
          ],
          ...(expected === undefined
            ? []
            : [
                [
                  textCell(pick(locale, { "zh-CN": "按计划此时应达", en: "Expected by now" })),
                  numberCell(Math.round(expected), locale),
                  textCell(
                    pick(locale, {
                      "zh-CN": `${figures.phase}内按时间均匀推进（项目方法）`,
                      en: `${figures.phase}: even progress over the phase (project method)`,
                    }),
                  ),
                ],
              ]),
          ...targets.map((t) => this.#targetRow(t, phaseName(t.phase), locale)),
          [
            textCell(pick(locale, { "zh-CN": "状态", en: "Status" })),
            { text: statusText(status, locale), raw: status },
            textCell(
              figures.ratio
                ? pick(locale, {
                    "zh-CN": `达到应达数的 ${figures.ratio}`,
                    en: `${figures.ratio} of expected`,
                  })
                : "",
            ),
          ],
        ],
      },
      body: this.#body(status, actual, expected, targets, locale, figures),
      fileParts: [this.indicator, region],
    };
  }

  #targetRow(t: FeedTarget, phase: string, locale: Locale): DataTableCell[] {
    const derived =
      t.derived && t.formula
        ? pick(locale, {
            "zh-CN": `推算：${t.formula}（${t.clause}）`,
            en: `derived: ${t.formula} (${t.clause})`,
          })
        : t.clause;
    return [
      textCell(pick(locale, { "zh-CN": `目标：${phase}`, en: `Target: ${phase}` })),
      numberCell(t.value, locale),
      textCell(derived),
    ];
  }

  #summary(
    locale: Locale,
    status: ProgressStatus,
    f: Record<
      | "actual"
      | "expected"
      | "ratio"
      | "target"
      | "phase"
      | "month"
      | "regionLabel"
      | "indicatorLabel"
      | "unit",
      string
    >,
  ): string {
    const label = statusLooks[status].label;
    const zhHead = `截至${f.month}，${f.regionLabel}的${f.indicatorLabel}为${f.actual}${status === "no-data" ? "" : f.unit}`;
    const enHead = `As of ${f.month}, the figure for “${f.indicatorLabel}” in ${f.regionLabel} was ${f.actual}${status === "no-data" ? "" : ` ${f.unit}`}`;
    const zhTarget = f.target ? `；${f.phase}的目标是${f.target}${f.unit}` : "";
    const enTarget = f.target ? `; the ${f.phase} phase's target is ${f.target} ${f.unit}` : "";
    switch (status) {
      case "achieved":
        return pick(locale, {
          "zh-CN": `${zhHead}，已达到目标${zhTarget}。`,
          en: `${enHead}: target achieved${enTarget}.`,
        });
      case "no-target":
        return pick(locale, {
          "zh-CN": `${zhHead}；当前阶段没有该指标的目标。`,
          en: `${enHead}; there is no target for it in the current phase.`,
        });
      case "no-data":
        return pick(locale, {
          "zh-CN": `${zhHead}，无法判断进度${zhTarget}。`,
          en: `${enHead}, so progress cannot be judged${enTarget}.`,
        });
      default:
        return pick(locale, {
          "zh-CN": `${zhHead}，为按计划此时应达到的${f.expected}${f.unit}的${f.ratio}，${label["zh-CN"]}${zhTarget}。`,
          en: `${enHead}, ${f.ratio} of the ${f.expected} expected by now: ${label.en.toLowerCase()}${enTarget}.`,
        });
    }
  }

  #body(
    status: ProgressStatus,
    actual: number | undefined,
    expected: number | undefined,
    targets: readonly FeedTarget[],
    locale: Locale,
    f: { actual: string; expected: string; ratio: string },
  ) {
    const width = this.chartWidth;
    const scale = targetScale(
      targets.map((t) => t.value),
      actual,
      expected,
      width,
    );
    const trackY = 28;
    const trackH = 24;
    const labelY = (row: 0 | 1) => trackY + trackH + 20 + row * 16;
    const height = labelY(targets.length > 1 ? 1 : 0) + 8;
    const prefix = "tp";
    const year = (t: FeedTarget) => {
      const phase = this.shownFeed?.phases.find((p) => p.id === t.phase);
      return phase ? phase.start.slice(0, 4) : t.phase;
    };
    return html`<p part="status" class="status">
        <span class="badge status-${status}">
          <span class="swatch"></span>${statusText(status, locale)}
        </span>
        <span>${pick(locale, {
          "zh-CN": `实际 ${f.actual}${f.expected ? `，应达 ${f.expected}` : ""}${f.ratio ? `（${f.ratio}）` : ""}`,
          en: `Actual ${f.actual}${f.expected ? `, expected ${f.expected}` : ""}${f.ratio ? ` (${f.ratio})` : ""}`,
        })}</span>
      </p>
      <svg data-zc-chart width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
        ${statusPatternDefs(prefix)}
        ${svg`<rect class="track" x=${scale.x(0)} y=${trackY} width=${scale.x(scale.max) - scale.x(0)} height=${trackH} />`}
        ${actual === undefined ? nothing : svg`<rect class="actual" x=${scale.x(0)} y=${trackY} width=${Math.max(1, scale.x(actual) - scale.x(0))} height=${trackH} fill="url(#${statusPatternId(status, prefix)})" />`}
        ${scale.targets.map((mark, i) => {
          const t = targets[i] as FeedTarget;
          return svg`<line class="target" x1=${mark.x} x2=${mark.x} y1=${trackY - 4} y2=${trackY + trackH + 4} />
            <text x=${mark.x} y=${labelY(mark.row)} text-anchor=${mark.anchor}>${year(t)}: ${formatNumber(t.value, locale)}</text>`;
        })}
        ${
          expected === undefined
            ? nothing
            : svg`<line class="expected" x1=${scale.x(expected)} x2=${scale.x(expected)} y1=${trackY - 8} y2=${trackY + trackH + 4} />
            <text x=${scale.x(expected)} y=${trackY - 12} text-anchor=${scale.x(expected) < width * 0.3 ? "start" : scale.x(expected) > width * 0.7 ? "end" : "middle"}>${pick(locale, { "zh-CN": "应达", en: "expected" })} ${f.expected}</text>`
        }
      </svg>
      <p class="legend">${pick(locale, {
        "zh-CN": "实线：各阶段目标（标注年份）；虚线：按计划此时应达。",
        en: "Solid marks: phase targets (by year); dashed mark: expected by now.",
      })}</p>`;
  }
}
