import { escapeHtml } from "../../src/common/escape.js";
import { tr } from "../../src/common/lang.js";
import type { PageContext } from "../layout.js";

/**
 * The notice on every page that shows the feed when that feed is the synthetic sample (the
 * feed's own `sample` flag decides), with its as-of month.
 *
 * @example
 * sampleBanner(context) //=> '<p class="sample-banner" …>示例数据（合成）…</p>' (or "" for a real feed)
 */
export function sampleBanner({ lang, site }: PageContext): string {
  const [year, month] = site.feed.asOf.split("-");
  const asOf = lang === "en" ? site.feed.asOf : `${year}年${Number(month)}月`;
  if (!site.feed.sample) {
    return `<p class="as-of">${escapeHtml(tr(lang, { "zh-CN": `数据截至 ${asOf}`, en: `Data as of ${asOf}` }))}</p>`;
  }
  return `<p class="sample-banner" role="note"><strong>${tr(lang, { "zh-CN": "示例数据（合成）", en: "Synthetic sample data" })}</strong> ${escapeHtml(
    tr(lang, {
      "zh-CN": `以下数字由 zhucan sample 生成，仅用于演示，不是真实统计。数据截至 ${asOf}。`,
      en: `The figures below were made up by \`zhucan sample\` for demonstration; they are not real statistics. Data as of ${asOf}.`,
    }),
  )}</p>`;
}
