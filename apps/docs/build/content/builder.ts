import { escapeHtml } from "../../src/common/escape.js";
import { type Bilingual, tr } from "../../src/common/lang.js";
import type { SitePage } from "../layout.js";

const option = (value: string, label: string, selected = false) =>
  `<option value="${escapeHtml(value)}"${selected ? " selected" : ""}>${escapeHtml(label)}</option>`;

const radios = (
  name: string,
  legend: Bilingual,
  choices: [string, Bilingual][],
  lang: "zh-CN" | "en",
) =>
  `<fieldset class="choice"><legend>${tr(lang, legend)}</legend>${choices
    .map(
      ([value, label], i) =>
        `<label><input type="radio" name="${name}" value="${value}"${i === 0 ? " checked" : ""}> ${tr(lang, label)}</label>`,
    )
    .join("")}</fieldset>`;

/** Embed builder: choose, preview, copy a `<script>` or `<iframe>` snippet. */
export const builderPage: SitePage = {
  slug: "builder",
  title: { "zh-CN": "嵌入代码生成器", en: "Embed builder" },
  description: {
    "zh-CN": "选择组件、指标、层级、主题、语言和尺寸，预览并复制 script 或 iframe 嵌入代码。",
    en: "Choose element, indicator, level, theme, language and size; preview and copy a script or iframe snippet.",
  },
  nav: { "zh-CN": "嵌入代码", en: "Embed builder" },
  script: "/src/pages/builder.ts",
  main: ({ lang, site, link, root }) => {
    const elements = site.elements
      .map((e) => option(e.tag, `<${e.tag}>`, e.tag === "zc-stat"))
      .join("");
    const indicators = site.feed.indicators
      .map((i) => option(i.id, `${tr(lang, i.name)} (${i.id})`, i.id === "youths-covered"))
      .join("");
    return `<h1>${tr(lang, builderPage.title)}</h1>
<p class="lede">${tr(lang, {
      "zh-CN":
        "选好下面的选项，预览会立即更新。复制“script 代码”贴到允许脚本的网页；网站内容管理系统（CMS）会删掉脚本时，复制“iframe 代码”。",
      en: "Choose below and the preview follows. Copy the script snippet into pages that allow scripts; when your CMS strips scripts, copy the iframe snippet.",
    })}</p>
<form id="builder" class="builder">
<fieldset><legend>${tr(lang, { "zh-CN": "组件与数据", en: "Element and data" })}</legend>
<div class="field"><label for="b-element">${tr(lang, { "zh-CN": "组件", en: "Element" })}</label>
<select id="b-element" name="element">${elements}</select>
<p class="hint" id="b-element-hint"></p></div>
<div class="field"><label for="b-indicator">${tr(lang, { "zh-CN": "指标", en: "Indicator" })}</label>
<select id="b-indicator" name="indicator">${indicators}</select></div>
<div class="field"><label for="b-level">${tr(lang, { "zh-CN": "层级", en: "Level" })}</label>
<select id="b-level" name="level">${option("province", tr(lang, { "zh-CN": "全省", en: "Province" }), true)}${option("city", tr(lang, { "zh-CN": "地级市", en: "City" }))}${option("county", tr(lang, { "zh-CN": "县（市、区）", en: "County" }))}</select></div>
<div class="field"><label for="b-region">${tr(lang, { "zh-CN": "地区", en: "Region" })}</label>
<select id="b-region" name="region"></select></div>
</fieldset>
<fieldset><legend>${tr(lang, { "zh-CN": "外观", en: "Appearance" })}</legend>
${radios(
  "theme",
  { "zh-CN": "主题", en: "Theme" },
  [
    ["auto", { "zh-CN": "跟随系统", en: "Follow the system" }],
    ["light", { "zh-CN": "浅色", en: "Light" }],
    ["dark", { "zh-CN": "深色", en: "Dark" }],
  ],
  lang,
)}
${radios(
  "lang",
  { "zh-CN": "组件语言", en: "Element language" },
  lang === "en"
    ? [
        ["en", { "zh-CN": "英文", en: "English" }],
        ["zh-CN", { "zh-CN": "中文", en: "Chinese" }],
      ]
    : [
        ["zh-CN", { "zh-CN": "中文", en: "Chinese" }],
        ["en", { "zh-CN": "英文", en: "English" }],
      ],
  lang,
)}
<div class="field"><label for="b-width">${tr(lang, { "zh-CN": "最大宽度", en: "Maximum width" })}</label>
<select id="b-width" name="width">${option("320", "320 px")}${option("480", "480 px", true)}${option("720", "720 px")}${option("", tr(lang, { "zh-CN": "占满容器", en: "Full width of the container" }))}</select></div>
<div class="field"><label for="b-size">${tr(lang, { "zh-CN": "数字大小（zc-stat）", en: "Figure size (zc-stat)" })}</label>
<select id="b-size" name="size">${option("s", "s")}${option("m", "m", true)}${option("l", "l")}${option("xl", "xl")}</select></div>
</fieldset>
</form>
<section aria-labelledby="preview-heading">
<h2 id="preview-heading">${tr(lang, { "zh-CN": "预览", en: "Preview" })}</h2>
<div id="preview" class="preview"></div>
</section>
<section aria-labelledby="script-heading">
<h2 id="script-heading">${tr(lang, { "zh-CN": "script 代码", en: "Script snippet" })}</h2>
<p>${tr(lang, { "zh-CN": "一个脚本文件加上一个标签。脚本和数据文件所在的服务器须允许跨域（CORS）访问。", en: "One script file and one tag. The server of the script and the feed must allow cross-origin (CORS) requests." })}</p>
<label for="snippet-script">${tr(lang, { "zh-CN": "script 代码（只读）", en: "Script snippet (read-only)" })}</label>
<textarea id="snippet-script" class="snippet" readonly rows="5" spellcheck="false"></textarea>
<button type="button" class="button" data-copy="snippet-script">${tr(lang, { "zh-CN": "复制 script 代码", en: "Copy the script snippet" })}</button>
</section>
<section aria-labelledby="iframe-heading">
<h2 id="iframe-heading">${tr(lang, { "zh-CN": "iframe 代码", en: "Iframe snippet" })}</h2>
<p>${tr(lang, { "zh-CN": "适用于会删除脚本的内容管理系统。随附的小段脚本（不到 1 KB）让 iframe 自动适应内容高度；如果连它也被删除，iframe 仍然可用，只是高度固定。", en: "For CMSs that strip scripts. The small script that comes with it (under 1 KB) makes the iframe follow its content's height; if that is stripped too, the iframe still works at a fixed height." })}</p>
<label for="snippet-iframe">${tr(lang, { "zh-CN": "iframe 代码（只读）", en: "Iframe snippet (read-only)" })}</label>
<textarea id="snippet-iframe" class="snippet" readonly rows="7" spellcheck="false"></textarea>
<button type="button" class="button" data-copy="snippet-iframe">${tr(lang, { "zh-CN": "复制 iframe 代码", en: "Copy the iframe snippet" })}</button>
<p><a id="embed-link" href="${root}embed.html">${tr(lang, { "zh-CN": "在新页面打开 iframe 内容", en: "Open the iframe's page" })}</a></p>
</section>
<p id="copy-status" class="copy-status" role="status" aria-live="polite"></p>
<p>${tr(lang, { "zh-CN": "更多做法见", en: "More in the guides:" })} <a href="${link("guides/embedding-in-a-cms")}">${tr(lang, { "zh-CN": "在内容管理系统中嵌入", en: "Embedding in a CMS" })}</a>${tr(lang, { "zh-CN": "。", en: "." })}</p>`;
  },
};
