import { tr } from "../../src/common/lang.js";
import type { SitePage } from "../layout.js";
import { sampleBanner } from "./sample-banner.js";

/** Home: the live dashboard of the official indicators, built from `<zc-dashboard>`. */
export const homePage: SitePage = {
  slug: "index",
  title: { "zh-CN": "进展总览", en: "Progress at a glance" },
  description: {
    "zh-CN": "广东助残志愿者助力精准脱贫攻坚行动的官方指标：实时仪表板、可嵌入组件与数据。",
    en: "The official indicators of the Guangdong disability-assistance volunteer action: live dashboard, embeddable widgets and data.",
  },
  nav: { "zh-CN": "首页", en: "Home" },
  script: "/src/pages/home.ts",
  main: (context) => {
    const { lang, link, root } = context;
    return `<h1>${tr(lang, { "zh-CN": "广东助残志愿者助力精准脱贫攻坚行动 · 进展总览", en: "Guangdong disability-assistance volunteer action · progress at a glance" })}</h1>
<p class="lede">${tr(lang, {
      "zh-CN":
        "“精准助残 共奔小康”：在全省70个贫困县为6至35周岁的贫困残疾青少年建档立卡、培育350个“助残之星”组织、打造“助残精品”项目、县县建“助残V站”。下面的仪表板由本站提供的网页组件直接绘制，合作单位可把任何一部分嵌入自己的网站。",
      en: "“Precise help for the disabled, moving together to moderate prosperity”: registering poor disabled youths aged 6 to 35 in the province's 70 poverty counties, supporting 350 “star” volunteer organisations, building quality projects and a V-station in every county. The dashboard below is drawn by the site's own web components; partners can embed any part of it in their sites.",
    })}</p>
${sampleBanner(context)}
<section aria-labelledby="dashboard-heading">
<h2 id="dashboard-heading">${tr(lang, { "zh-CN": "官方指标仪表板", en: "Dashboard of the official indicators" })}</h2>
<zc-dashboard src="${root}feed/latest.json" lang="${lang}"></zc-dashboard>
</section>
<section aria-labelledby="next-heading">
<h2 id="next-heading">${tr(lang, { "zh-CN": "接下来", en: "Next" })}</h2>
<ul class="card-list">
<li><a href="${link("gallery")}">${tr(lang, { "zh-CN": "组件一览", en: "Gallery of the elements" })}</a> — ${tr(lang, { "zh-CN": "每个组件的主要配置。", en: "every element in its main configurations." })}</li>
<li><a href="${link("builder")}">${tr(lang, { "zh-CN": "嵌入代码生成器", en: "Embed builder" })}</a> — ${tr(lang, { "zh-CN": "选择组件和指标，复制代码或 iframe。", en: "choose an element and indicator, copy a snippet or an iframe." })}</li>
<li><a href="${link("kit")}">${tr(lang, { "zh-CN": "宣传素材", en: "Publicity kit" })}</a> — ${tr(lang, { "zh-CN": "可分享的方形和竖版图片。", en: "share-ready square and vertical images." })}</li>
<li><a href="${link("reference")}">${tr(lang, { "zh-CN": "指标说明与数据格式", en: "Indicators and the feed" })}</a> — ${tr(lang, { "zh-CN": "定义、目标、数据下载。", en: "definitions, targets, data download." })}</li>
</ul>
</section>`;
  },
};
