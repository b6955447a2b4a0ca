import { escapeHtml } from "../../src/common/escape.js";
import { type SiteLang, tr } from "../../src/common/lang.js";
import type { PageContext, SitePage } from "../layout.js";
import {
  fallbackConfigs,
  type GalleryConfig,
  galleryConfigs,
  stateConfigs,
} from "./gallery-configs.js";
import { sampleBanner } from "./sample-banner.js";

function attributesOf(config: GalleryConfig, lang: SiteLang, root: string): [string, string][] {
  const other = lang === "en" ? "zh-CN" : "en";
  const attrs: Record<string, string> = { src: `${root}feed/latest.json`, lang };
  for (const [name, value] of Object.entries(config.attributes)) {
    attrs[name] = value.replace("{other}", other).replace("{root}", root);
  }
  return Object.entries(attrs).filter(([, value]) => value !== "");
}

function example(tag: string, config: GalleryConfig, context: PageContext, id: string): string {
  const attrs = attributesOf(config, context.lang, context.root)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  const markup = `<${tag}${attrs}></${tag}>`;
  // A plain <div>: as <section>s, the examples' repeated names would be duplicate landmarks.
  return `<div class="example">
<h3 id="${id}">${escapeHtml(tr(context.lang, config.label))}</h3>
${markup}
<details><summary>${tr(context.lang, { "zh-CN": "查看 HTML", en: "Show the HTML" })}</summary><pre tabindex="0"><code>${escapeHtml(markup)}</code></pre></details>
</div>`;
}

/** Gallery: every element of custom-elements.json in its main configurations, then the states. */
export const galleryPage: SitePage = {
  slug: "gallery",
  title: { "zh-CN": "组件一览", en: "Gallery" },
  description: {
    "zh-CN": "每个网页组件的主要配置：大小、层级、着色方式、语言和深色主题。",
    en: "Every web component in its main configurations: sizes, levels, colouring, language and dark theme.",
  },
  nav: { "zh-CN": "组件一览", en: "Gallery" },
  script: "/src/pages/gallery.ts",
  main: (context) => {
    const { lang, site } = context;
    const toc = site.elements
      .map((e) => `<li><a href="#${e.tag}"><code>&lt;${e.tag}&gt;</code></a></li>`)
      .join("");
    const sections = site.elements
      .map((element) => {
        const configs = galleryConfigs[element.tag] ?? fallbackConfigs;
        return `<section class="gallery-element" aria-labelledby="${element.tag}">
<h2 id="${element.tag}"><code>&lt;${element.tag}&gt;</code></h2>
<p lang="en">${escapeHtml(element.summary)}</p>
${configs.map((c, i) => example(element.tag, c, context, `${element.tag}-${i + 1}`)).join("\n")}
</section>`;
      })
      .join("\n");
    const states = stateConfigs
      .map((c, i) => example("zc-stat", c, context, `state-${i + 1}`))
      .join("\n");
    return `<h1>${tr(lang, galleryPage.title)}</h1>
<p class="lede">${tr(lang, {
      "zh-CN":
        "下面每个例子都是真实的组件，读取本站的数据文件。展开“查看 HTML”可看到它的代码；要生成自己的代码，请用嵌入代码生成器。",
      en: "Every example below is the real element reading this site's feed. “Show the HTML” gives its markup; to make your own, use the embed builder.",
    })}</p>
${sampleBanner(context)}
<nav aria-label="${tr(lang, { "zh-CN": "组件目录", en: "Elements" })}"><ul class="toc">${toc}<li><a href="#states">${tr(lang, { "zh-CN": "状态", en: "States" })}</a></li></ul></nav>
${sections}
<section aria-labelledby="states">
<h2 id="states">${tr(lang, { "zh-CN": "状态：出错与无数据源", en: "States: error and no source" })}</h2>
<p>${tr(lang, {
      "zh-CN": "组件在加载、出错、数据过期或没有数据时都会用页面的语言说明情况，从不留下空白。",
      en: "While loading, on error, with stale data or with nothing to show, an element says so in the page's language; it never leaves a blank box.",
    })}</p>
${states}
</section>`;
  },
};
