import { indicatorReference, PublicFeed } from "@zhucan/domain";
import { escapeHtml } from "../../src/common/escape.js";
import { tr } from "../../src/common/lang.js";
import type { SitePage } from "../layout.js";
import { renderMarkdown } from "../markdown.js";
import { checkFeedFieldNotes, feedFieldNotes } from "./feed-fields.js";
import { guideLinks } from "./guides.js";

const schemaKeys = Object.keys(PublicFeed._zod.def.shape);
checkFeedFieldNotes(schemaKeys);

/** Indicators and the feed: the domain catalog's reference, the feed's format and URLs, downloads. */
export const referencePage: SitePage = {
  slug: "reference",
  title: { "zh-CN": "指标说明与数据格式", en: "Indicators and the feed" },
  description: {
    "zh-CN": "官方指标的定义、公式、各阶段目标和通知条款；公开数据文件的格式、网址结构和下载。",
    en: "The official indicators' definitions, formulas, targets per phase and clauses; the public feed's format, URL layout and download.",
  },
  nav: { "zh-CN": "指标与数据", en: "Indicators & feed" },
  main: ({ lang, root, link, site }) => {
    const fields = schemaKeys
      .map(
        (key) =>
          `<tr><th scope="row"><code>${key}</code></th><td>${escapeHtml(tr(lang, feedFieldNotes[key] ?? { "zh-CN": "", en: "" }))}</td></tr>`,
      )
      .join("\n");
    const releases = site.feed.releases
      .map((r) => `<li><a href="${root}feed/releases/${r}.json" download>${r}.json</a></li>`)
      .join("");
    const reference = renderMarkdown(indicatorReference(), guideLinks(link), 2);
    return `<h1>${tr(lang, referencePage.title)}</h1>
<nav aria-label="${tr(lang, { "zh-CN": "本页目录", en: "On this page" })}"><ul class="toc">
<li><a href="#feed">${tr(lang, { "zh-CN": "公开数据文件", en: "The public feed" })}</a></li>
<li><a href="#indicator-reference">${tr(lang, { "zh-CN": "指标说明", en: "Indicator reference" })}</a></li>
</ul></nav>
<section aria-labelledby="feed">
<h2 id="feed">${tr(lang, { "zh-CN": "公开数据文件", en: "The public feed" })}</h2>
<p>${escapeHtml(
      tr(lang, {
        "zh-CN":
          "组件读取的是一个 JSON 文件（“数据源”），由 zhucan 命令行工具根据各地市每月报表生成：只有汇总数，没有任何个人信息，县级1–4人的数字显示为“<5”。它可以放在任何网页服务器或对象存储上，网址结构固定：",
        en: "The elements read one JSON file (the feed), made by the zhucan CLI from the cities' monthly reports: aggregates only, no personal data, county counts of 1–4 shown as “<5”. Any web server or object storage can host it, with a fixed URL layout:",
      }),
    )}</p>
<dl class="url-layout">
<dt><code>latest.json</code></dt><dd>${tr(lang, { "zh-CN": "最新一次发布；组件的 src 通常指向它。", en: "The newest release; elements' src usually points here." })}</dd>
<dt><code>releases/YYYY-MM.json</code></dt><dd>${tr(lang, { "zh-CN": "每次发布一个文件，发布后不再改动，可用于引用某个月的数字。", en: "One file per release, never changed once published: cite a month's figures with it." })}</dd>
</dl>
<p>${tr(lang, { "zh-CN": "下载本站的数据：", en: "Download this site's feed:" })} <a href="${root}feed/latest.json" download>latest.json</a>${site.feed.sample ? ` <strong>${tr(lang, { "zh-CN": "（合成示例数据）", en: "(synthetic sample data)" })}</strong>` : ""}</p>
<details><summary>${tr(lang, { "zh-CN": `全部 ${site.feed.releases.length} 个历史发布`, en: `All ${site.feed.releases.length} releases` })}</summary><ul class="releases">${releases}</ul></details>
<div class="table-scroll" role="group" tabindex="0" aria-labelledby="feed-fields"><table>
<caption id="feed-fields">${tr(lang, { "zh-CN": "数据文件的顶层字段（格式由 @zhucan/domain 的 PublicFeed 定义）", en: "Top-level fields of the feed (the format is PublicFeed in @zhucan/domain)" })}</caption>
<thead><tr><th scope="col">${tr(lang, { "zh-CN": "字段", en: "Field" })}</th><th scope="col">${tr(lang, { "zh-CN": "含义", en: "Meaning" })}</th></tr></thead>
<tbody>${fields}</tbody></table></div>
<p>${tr(lang, { "zh-CN": "生成数据文件的步骤见", en: "How the feed is made:" })} <a href="${link("guides/monthly-reporting-workflow")}">${tr(lang, { "zh-CN": "每月报送流程", en: "the monthly reporting workflow" })}</a>${tr(lang, { "zh-CN": "。", en: "." })}</p>
</section>
<section aria-labelledby="indicator-reference">
<h2 id="indicator-reference">${tr(lang, { "zh-CN": "指标说明（中英对照）", en: "Indicator reference" })}</h2>
<p>${tr(lang, { "zh-CN": "以下内容由 @zhucan/domain 的指标目录自动生成，与 docs/indicators.md 相同。", en: "Generated from the indicator catalog of @zhucan/domain; the same as docs/indicators.md." })}</p>
<div class="markdown">${reference}</div>
</section>`;
  },
};
