import type { Locale, LocalizedText, progressStatuses } from "@zhucan/domain";
import { type CSSResult, type SVGTemplateResult, svg, unsafeCSS } from "lit";

/** One of the feed's progress statuses (DOMAIN.md's method, plus `no-data` and `no-target`). */
export type ProgressStatus = (typeof progressStatuses)[number];

/** How one status looks and reads: the colour, a symbol and a pattern as second cues, a label. */
export interface StatusLook {
  /** A CSS colour: the themable custom property with its default. */
  readonly color: string;
  /** A short symbol shown beside the label (never the only cue). */
  readonly symbol: string;
  readonly label: LocalizedText;
}

/**
 * The status palette (Okabe–Ito colours, themable through `--zc-status-*`) with the labels and
 * symbols that make each status readable without colour.
 *
 * @example
 * statusLooks["off-track"].label.en //=> "Off track"
 * statusLooks.achieved.symbol //=> "✓"
 */
export const statusLooks: Readonly<Record<ProgressStatus, StatusLook>> = {
  achieved: {
    color: "var(--_zc-status-achieved, #009e73)",
    symbol: "✓",
    label: { "zh-CN": "已达成", en: "Achieved" },
  },
  "on-track": {
    color: "var(--_zc-status-on-track, #0072b2)",
    symbol: "●",
    label: { "zh-CN": "进度正常", en: "On track" },
  },
  "needs-acceleration": {
    color: "var(--_zc-status-needs-acceleration, #e69f00)",
    symbol: "▲",
    label: { "zh-CN": "需加快进度", en: "Needs acceleration" },
  },
  "off-track": {
    color: "var(--_zc-status-off-track, #d55e00)",
    symbol: "✕",
    label: { "zh-CN": "进度滞后", en: "Off track" },
  },
  "no-data": {
    color: "var(--_zc-status-no-data, #9aa0a6)",
    symbol: "?",
    label: { "zh-CN": "无数据", en: "No data" },
  },
  "no-target": {
    color: "var(--_zc-status-no-target, #d9dce1)",
    symbol: "○",
    label: { "zh-CN": "无目标", en: "No target" },
  },
};

/**
 * A status's label with its symbol, e.g. for a legend or a table cell.
 *
 * @example
 * statusText("needs-acceleration", "zh-CN") //=> "▲ 需加快进度"
 */
export function statusText(status: ProgressStatus, locale: Locale): string {
  const look = statusLooks[status];
  return `${look.symbol} ${look.label[locale]}`;
}

/**
 * The id of a status's SVG fill pattern made by {@link statusPatternDefs}.
 *
 * @example
 * statusPatternId("off-track", "map") //=> "map-status-off-track"
 */
export function statusPatternId(status: ProgressStatus, prefix: string): string {
  return `${prefix}-status-${status}`;
}

// Marks drawn over each status colour, so that cells differ in texture as well as hue:
// achieved solid, on-track dots, needs-acceleration diagonal lines, off-track cross-hatch,
// no-data sparse dashes, no-target empty.
const marks: Readonly<Record<ProgressStatus, SVGTemplateResult | null>> = {
  achieved: null,
  "on-track": svg`<circle cx="3" cy="3" r="1.1" fill="#fff" fill-opacity="0.75" />`,
  "needs-acceleration": svg`<path d="M-1 1 l2 -2 M0 6 l6 -6 M5 7 l2 -2" stroke="#000" stroke-opacity="0.45" stroke-width="1.2" />`,
  "off-track": svg`<path d="M0 0 L6 6 M6 0 L0 6" stroke="#fff" stroke-opacity="0.7" stroke-width="1" />`,
  "no-data": svg`<path d="M1 3 h2" stroke="#000" stroke-opacity="0.5" stroke-width="1" />`,
  "no-target": null,
};

/**
 * Every progress status, in the feed's order (that of `progressStatuses` in `@zhucan/domain`).
 * Use it instead of `progressStatuses` in element code: that value lives beside the feed schema,
 * and importing it brings zod and the whole schema (≈ 9.5 KB gzip) into the element's entry.
 * Read from {@link statusLooks}, whose type makes it list every status.
 *
 * @example
 * statusOrder //=> ["achieved", "on-track", "needs-acceleration", "off-track", "no-data", "no-target"]
 */
export const statusOrder = Object.keys(statusLooks) as readonly ProgressStatus[];

/**
 * SVG `<defs>` with one fill pattern per status (colour + texture), ids from
 * {@link statusPatternId}. Put it once inside each chart's `<svg>`.
 *
 * @example
 * svg`<svg>${statusPatternDefs("map")}<rect fill="url(#map-status-achieved)" /></svg>`
 */
export function statusPatternDefs(prefix: string): SVGTemplateResult {
  return svg`<defs>${statusOrder.map(
    (status) => svg`<pattern id=${statusPatternId(status, prefix)} width="6" height="6"
      patternUnits="userSpaceOnUse"><rect class="status-${status} swatch-fill" width="6" height="6" fill=${statusLooks[status].color} />${marks[status]}</pattern>`,
  )}</defs>`;
}

/**
 * One class per status (`.status-<status>`) setting `--_zc-swatch` to the status colour, for
 * HTML swatches, and `.swatch-fill` filling the grounds of {@link statusPatternDefs}' patterns
 * with it (their `fill` attribute carries the same `var()`, which not every browser reads in an
 * attribute). A class, not a `style` attribute: a page's strict Content-Security-Policy
 * (`style-src 'self'`) blocks inline style attributes. Add it to the element's `styles`.
 *
 * @example
 * html`<span class="badge status-${status}"><span class="swatch"></span></span>`
 */
export const statusSwatchStyles: CSSResult = unsafeCSS(
  statusOrder
    .map((status) => `.status-${status}{--_zc-swatch:${statusLooks[status].color}}`)
    .join("")
    .concat(".swatch-fill{fill:var(--_zc-swatch)}"),
);
