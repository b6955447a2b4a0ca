import type { Locale } from "@zhucan/domain";
import { html, nothing, svg, type TemplateResult } from "lit";
import { formatCell } from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import type { SequentialScale } from "../../layout/sequential-scale.js";
import { statusLooks } from "../../styles/status.js";
import { patternFill, statusFill, valueFill } from "./map-fills.js";
import type { MapColorBy, MapModel } from "./map-model.js";
import { statusCounts } from "./map-text.js";

const swatch = (fill: string, text = "") =>
  html`<svg class="swatch" viewBox="0 0 20 20" aria-hidden="true">
    <rect class=${fill} x="0.5" y="0.5" width="19" height="19" rx="2" />${
      text ? svg`<text x="10" y="10.5">${text}</text>` : nothing
    }
  </svg>`;

/**
 * The map's legend: each status with its colour (or pattern, on partner boundaries), symbol,
 * label and count, or each value class with its range, the withheld and no-data fills; and the
 * programme-area corner mark at county level.
 *
 * @example
 * html`${mapLegend(model, "status", undefined, false, "en")}` // <ul part="legend">…</ul>
 */
export function mapLegend(
  model: MapModel,
  colorBy: MapColorBy,
  scale: SequentialScale | undefined,
  geo: boolean,
  locale: Locale,
): TemplateResult {
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
