import { escapeHtml } from "../../src/common/escape.js";
import { type Bilingual, tr } from "../../src/common/lang.js";
import type { PageContext, SitePage } from "../layout.js";
import { sampleBanner } from "./sample-banner.js";

/** The figures the kit offers as images; the map comes last. */
export const kitItems: readonly {
  readonly id: string;
  readonly markup: string;
  readonly label: Bilingual;
}[] = [
  {
    id: "youths-covered",
    markup: '<zc-stat indicator="youths-covered" size="xl" theme="light"',
    label: { "zh-CN": "服务覆盖的贫困残疾青少年", en: "Youths covered" },
  },
  {
    id: "star-organisations",
    markup: '<zc-stat indicator="star-organisations" size="xl" theme="light"',
    label: { "zh-CN": "“助残之星”组织", en: "Star organisations" },
  },
  {
    id: "youths-paired",
    markup: '<zc-stat indicator="youths-paired" size="xl" theme="light"',
    label: { "zh-CN": "结对帮扶的青少年", en: "Youths paired" },
  },
  {
    id: "v-stations",
    markup: '<zc-stat indicator="v-stations" size="xl" theme="light"',
    label: { "zh-CN": "“助残V站”", en: "V-stations" },
  },
  {
    id: "map",
    markup: '<zc-progress-map theme="light"',
    label: { "zh-CN": "各县进展地图", en: "Map of progress by county" },
  },
];

const formats: readonly { readonly id: string; readonly label: Bilingual }[] = [
  { id: "square", label: { "zh-CN": "方形 1080×1080", en: "Square 1080×1080" } },
  { id: "vertical", label: { "zh-CN": "竖版 1080×1920", en: "Vertical 1080×1920" } },
];

function item(context: PageContext, entry: (typeof kitItems)[number]): string {
  const { lang, root } = context;
  const heading = `kit-${entry.id}`;
  const buttons = formats
    .map(
      (f) =>
        `<button type="button" class="button" data-poster="${f.id}" data-item="${entry.id}">${escapeHtml(
          tr(lang, { "zh-CN": `生成${f.label["zh-CN"]} PNG`, en: `Make ${f.label.en} PNG` }),
        )}</button>`,
    )
    .join("");
  return `<section class="kit-item" aria-labelledby="${heading}" data-kit-item="${entry.id}">
<h2 id="${heading}">${escapeHtml(tr(lang, entry.label))}</h2>
${entry.markup} src="${root}feed/latest.json" lang="${lang}"></${entry.markup.slice(1).split(" ")[0]}>
<div class="kit-actions">${buttons}</div>
<div class="kit-output" data-output="${entry.id}"></div>
</section>`;
}

/** Publicity kit: headline figures and the map as PNG images for WeChat and posters. */
export const kitPage: SitePage = {
  slug: "kit",
  title: { "zh-CN": "宣传素材", en: "Publicity kit" },
  description: {
    "zh-CN":
      "把主要数字和地图做成可直接分享的图片（1080×1080 方形、1080×1920 竖版），附数据来源和截至月份。",
    en: "Headline figures and the map as share-ready images (1080×1080 square, 1080×1920 vertical) with their source line and as-of month.",
  },
  nav: { "zh-CN": "宣传素材", en: "Publicity kit" },
  script: "/src/pages/kit.ts",
  main: (context) => {
    const { lang } = context;
    return `<h1>${tr(lang, kitPage.title)}</h1>
<p class="lede">${tr(lang, {
      "zh-CN":
        "每张图片都在你的浏览器里由下面的组件画成（不经过任何服务器），并写上数据来源和截至月份；示例数据会标明“合成”。方形适合微信朋友圈，竖版适合手机海报。",
      en: "Each image is drawn in your browser from the element beside it (no server involved) and carries the source line and as-of month; sample data is marked synthetic. Square suits WeChat Moments, vertical suits phone posters.",
    })}</p>
${sampleBanner(context)}
${kitItems.map((entry) => item(context, entry)).join("\n")}
<p id="kit-status" class="copy-status" role="status" aria-live="polite"></p>`;
  },
};
