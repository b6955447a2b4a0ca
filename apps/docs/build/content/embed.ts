import type { SitePage } from "../layout.js";

/**
 * The iframe embed page: one element, full-bleed, chosen by the query string
 * (`embed.html?element=zc-stat&indicator=youths-covered&lang=en&theme=dark`). It tells the
 * parent page its height by postMessage. One file for both languages: the `lang` parameter
 * sets `<html lang>` before anything is drawn.
 */
export const embedPage: SitePage = {
  slug: "embed",
  title: { "zh-CN": "嵌入", en: "Embed" },
  description: {
    "zh-CN": "在 iframe 中显示一个组件。",
    en: "One element, for an iframe.",
  },
  bare: true,
  script: "/src/pages/embed.ts",
  main: () => `<h1 class="sr-only" id="embed-title">广东助残志愿者助力精准脱贫攻坚行动</h1>
<div id="embed" class="embed"></div>
<noscript><p>本组件需要 JavaScript。This widget needs JavaScript.</p></noscript>`,
};
