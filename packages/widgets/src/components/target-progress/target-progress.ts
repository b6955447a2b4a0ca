import type { FeedCell, FeedTarget, Locale, PublicFeed } from "@zhucan/domain";
import { html, nothing, type PropertyDeclarations, svg } from "lit";
import { feedCell, numberCell, textCell } from "../../base/data-table.js";
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

/** The figures and words of a view, formatted for its locale ("" when absent). */
type Figures = Record<
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
>;

/** The one-sentence summary: the actual figure against what was expected by now, and the target. */
function summary(locale: Locale, status: ProgressStatus, f: Figures): string {
  const label = statusLooks[status].label;
  const noData = status === "no-data";
  const zhTarget = f.target ? `；${f.phase}的目标是${f.target}${f.unit}` : "";
  const enTarget = f.target ? `; the ${f.phase} phase's target is ${f.target} ${f.unit}` : "";
  // The sentence's end after its head, by status: [zh-CN, en].
  const [zh, en] =
    status === "achieved"
      ? [`，已达到目标${zhTarget}`, `: target achieved${enTarget}`]
      : status === "no-target"
        ? ["；当前阶段没有该指标的目标", "; there is no target for it in the current phase"]
        : noData
          ? [`，无法判断进度${zhTarget}`, `, so progress cannot be judged${enTarget}`]
          : [
              `，为按计划此时应达到的${f.expected}${f.unit}的${f.ratio}，${label["zh-CN"]}${zhTarget}`,
              `, ${f.ratio} of the ${f.expected} expected by now: ${label.en.toLowerCase()}${enTarget}`,
            ];
  return pick(locale, {
    "zh-CN": `截至${f.month}，${f.regionLabel}的${f.indicatorLabel}为${f.actual}${noData ? "" : f.unit}${zh}。`,
    en: `As of ${f.month}, the figure for “${f.indicatorLabel}” in ${f.regionLabel} was ${f.actual}${noData ? "" : ` ${f.unit}`}${en}.`,
  });
}

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
    const indicator = this.indicator;
    const region = this.region || provinceOf(feed)?.code || "";
    const row = progressOf(feed, indicator, region);
    const targets = targetsOf(feed, indicator, region);
    const actualCell: FeedCell | undefined = row ? row.actual : cellAt(feed, indicator, region);
    const regionLabel = regionName(feed, region, locale);
    const indicatorLabel = indicatorName(feed, indicator, locale);
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
    const unit = feedIndicator(feed, indicator)?.unit[locale] ?? "";
    const phaseOf = (id: string | null | undefined) => feed.phases.find((p) => p.id === id);
    const phaseName = (id: string | null | undefined) => phaseOf(id)?.name[locale] ?? id ?? "";
    const month = formatMonth(feed.asOf, locale);
    const currentTarget = row?.target ?? undefined;
    const f: Figures = {
      actual: formatCell(actualCell, locale),
      expected: expected === undefined ? "" : formatNumber(Math.round(expected), locale),
      ratio: row?.ratio == null ? "" : formatPercent(row.ratio, locale),
      target: currentTarget === undefined ? "" : formatNumber(currentTarget, locale),
      phase: phaseName(row?.phase),
      month,
      regionLabel,
      indicatorLabel,
      unit,
    };
    const statusWords = statusText(status, locale);
    return {
      title: `${regionLabel} · ${indicatorLabel}`,
      summary: summary(locale, status, f),
      headline: [
        `${f.actual}${actual === undefined ? "" : ` ${unit}`}`,
        `${statusWords}${f.ratio ? ` · ${f.ratio}` : ""}`,
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
                      "zh-CN": `${f.phase}内按时间均匀推进（项目方法）`,
                      en: `${f.phase}: even progress over the phase (project method)`,
                    }),
                  ),
                ],
              ]),
          ...targets.map((t) => {
            const phase = phaseName(t.phase);
            return [
              textCell(pick(locale, { "zh-CN": `目标：${phase}`, en: `Target: ${phase}` })),
              numberCell(t.value, locale),
              textCell(
                t.derived && t.formula
                  ? pick(locale, {
                      "zh-CN": `推算：${t.formula}（${t.clause}）`,
                      en: `derived: ${t.formula} (${t.clause})`,
                    })
                  : t.clause,
              ),
            ];
          }),
          [
            textCell(pick(locale, { "zh-CN": "状态", en: "Status" })),
            { text: statusWords, raw: status },
            textCell(
              f.ratio
                ? pick(locale, {
                    "zh-CN": `达到应达数的 ${f.ratio}`,
                    en: `${f.ratio} of expected`,
                  })
                : "",
            ),
          ],
        ],
      },
      body: this.#body(status, actual, expected, targets, locale, f, (t) => {
        const phase = phaseOf(t.phase);
        return phase ? phase.start.slice(0, 4) : t.phase;
      }),
      fileParts: [indicator, region],
    };
  }

  #body(
    status: ProgressStatus,
    actual: number | undefined,
    expected: number | undefined,
    targets: readonly FeedTarget[],
    locale: Locale,
    f: Figures,
    year: (t: FeedTarget) => string,
  ) {
    const width = this.chartWidth;
    const scale = targetScale(
      targets.map((t) => t.value),
      actual,
      expected,
      width,
    );
    // The track is 24 px high at y 28: target marks reach 4 px beyond it, the expected mark 8 px
    // above, and the targets' labels hang 20 px below it in one or two rows (72, 88).
    const height = targets.length > 1 ? 96 : 80;
    const x0 = scale.x(0);
    const xe = expected === undefined ? 0 : scale.x(expected);
    const prefix = "tp";
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
        ${svg`<rect class="track" x=${x0} y="28" width=${scale.x(scale.max) - x0} height="24" />`}
        ${actual === undefined ? nothing : svg`<rect class="actual" x=${x0} y="28" width=${Math.max(1, scale.x(actual) - x0)} height="24" fill="url(#${statusPatternId(status, prefix)})" />`}
        ${scale.targets.map((mark, i) => {
          const t = targets[i] as FeedTarget;
          return svg`<line class="target" x1=${mark.x} x2=${mark.x} y1="24" y2="56" />
            <text x=${mark.x} y=${72 + mark.row * 16} text-anchor=${mark.anchor}>${year(t)}: ${formatNumber(t.value, locale)}</text>`;
        })}
        ${
          expected === undefined
            ? nothing
            : svg`<line class="expected" x1=${xe} x2=${xe} y1="20" y2="56" />
            <text x=${xe} y="16" text-anchor=${xe < width * 0.3 ? "start" : xe > width * 0.7 ? "end" : "middle"}>${pick(locale, { "zh-CN": "应达", en: "expected" })} ${f.expected}</text>`
        }
      </svg>
      <p class="legend">${pick(locale, {
        "zh-CN": "实线：各阶段目标（标注年份）；虚线：按计划此时应达。",
        en: "Solid marks: phase targets (by year); dashed mark: expected by now.",
      })}</p>`;
  }
}
