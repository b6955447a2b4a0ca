import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ElementApi } from "../../src/common/element-api.js";
import { escapeHtml } from "../../src/common/escape.js";
import { type Bilingual, type SiteLang, tr } from "../../src/common/lang.js";
import type { SiteData, SitePage } from "../layout.js";
import { englishTheming, type ThemingWording, themingTables } from "../manifest.js";
import { type DocLinkMap, renderMarkdown } from "../markdown.js";
import { docsDir } from "../sources.js";

/** A guide: a Markdown file of the repository's `docs/`, rendered at build time. */
export interface Guide {
  readonly slug: string;
  /** Path under `docs/` of the English original (the en page). */
  readonly file: string;
  /**
   * Path under `docs/` of its Simplified Chinese version (same file name, in a `zh-CN/` folder
   * beside the original), which the zh-CN page always shows: the build fails when it is missing.
   */
  readonly zhFile: string;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  /** Fills generated parts of the Markdown (in the page's language) before it is rendered. */
  readonly fill?: (markdown: string, site: SiteData, lang: SiteLang) => string;
}

/** Where the theming guide wants the tables generated from custom-elements.json. */
export const themingTablesMarker = "<!-- generated: theming tables from custom-elements.json -->";

export const guides: readonly Guide[] = [
  {
    slug: "embedding-in-a-cms",
    file: "guides/embedding-in-a-cms.md",
    zhFile: "guides/zh-CN/embedding-in-a-cms.md",
    title: { "zh-CN": "在内容管理系统中嵌入", en: "Embedding in a CMS" },
    summary: {
      "zh-CN": "script 标签、iframe 和自动高度；政府网站常见限制的对策。",
      en: "Script tag, iframe and auto-height; what to do about common CMS restrictions.",
    },
  },
  {
    slug: "react-and-vue",
    file: "guides/react-and-vue.md",
    zhFile: "guides/zh-CN/react-and-vue.md",
    title: { "zh-CN": "在 React 和 Vue 中使用", en: "Using the elements from React and Vue" },
    summary: { "zh-CN": "属性、事件和类型。", en: "Attributes, properties, events and types." },
  },
  {
    slug: "theming",
    file: "guides/theming.md",
    zhFile: "guides/zh-CN/theming.md",
    title: { "zh-CN": "主题与样式", en: "Theming" },
    summary: {
      "zh-CN": "CSS 自定义属性、::part 和深色模式（表格由 custom-elements.json 生成）。",
      en: "CSS custom properties, ::part and dark mode (tables generated from custom-elements.json).",
    },
    fill: (markdown, site, lang) => {
      if (!markdown.includes(themingTablesMarker)) {
        throw new Error(
          `@zhucan/docs: the ${lang} theming guide lacks the marker ${themingTablesMarker}`,
        );
      }
      const tables =
        lang === "en" ? themingTables(site.elements) : chineseThemingTables(site.elements);
      return markdown.replace(themingTablesMarker, tables);
    },
  },
  {
    slug: "monthly-reporting-workflow",
    file: "guides/monthly-reporting-workflow.md",
    zhFile: "guides/zh-CN/monthly-reporting-workflow.md",
    title: { "zh-CN": "每月报送流程（命令行工具）", en: "The monthly reporting workflow (CLI)" },
    summary: {
      "zh-CN": "zhucan template、validate、build、sample、records check。",
      en: "zhucan template, validate, build, sample, records check.",
    },
  },
  {
    slug: "privacy-and-suppression",
    file: "guides/privacy-and-suppression.md",
    zhFile: "guides/zh-CN/privacy-and-suppression.md",
    title: { "zh-CN": "隐私与小数抑制", en: "Privacy and small-cell suppression" },
    summary: {
      "zh-CN": "什么留在内部，什么可以公开，“<5”如何产生。",
      en: "What stays private, what is published, how “<5” comes about.",
    },
  },
  {
    slug: "map-boundaries",
    file: "guides/map-boundaries.md",
    zhFile: "guides/zh-CN/map-boundaries.md",
    title: { "zh-CN": "地图边界与审图号", en: "Map boundaries and approval numbers (审图号)" },
    summary: {
      "zh-CN": "默认的方格地图；使用自备边界和审图号。",
      en: "The default tile-grid map; your own boundaries with their approval number.",
    },
  },
  {
    slug: "decisions",
    file: "decisions.md",
    zhFile: "zh-CN/decisions.md",
    title: { "zh-CN": "决定（通知未规定的事项）", en: "Decisions (what the notice leaves open)" },
    summary: {
      "zh-CN": "每项决定、理由和配置方法。",
      en: "Each decision, why, and how to configure it.",
    },
  },
];

/**
 * Maps links between the docs to site pages: a guide's file to its page, indicators.md to the
 * indicator reference; anything else is not on the site.
 *
 * @example
 * guideLinks(link)("decisions.md") //=> "guides/decisions.html"
 */
export function guideLinks(link: (slug: string) => string): DocLinkMap {
  return (file) => {
    if (file === "indicators.md") return `${link("reference")}#indicator-reference`;
    const guide = guides.find((g) => g.file.split("/").pop() === file);
    return guide ? link(`guides/${guide.slug}`) : undefined;
  };
}

/** The Markdown file a guide's page shows in `lang`, and whether it is the Chinese version. */
export interface GuideSource {
  /** Absolute path of the Markdown file. */
  readonly path: string;
  readonly inChinese: boolean;
}

/**
 * The file a guide's page shows: the English original on en pages, its Chinese version on zh-CN
 * pages. Throws when the Chinese version is missing, so that the build fails instead of quietly
 * serving English on a Chinese page.
 *
 * @example
 * guideSource(guides[0], "zh-CN").inChinese //=> true (docs/guides/zh-CN/embedding-in-a-cms.md)
 */
export function guideSource(guide: Guide, lang: SiteLang): GuideSource {
  if (lang === "en") return { path: join(docsDir, guide.file), inChinese: false };
  const path = join(docsDir, guide.zhFile);
  if (!existsSync(path)) {
    throw new Error(
      `@zhucan/docs: the zh-CN page of the guide "${guide.slug}" needs its Chinese version docs/${guide.zhFile}, which is missing. Translate docs/${guide.file} there.`,
    );
  }
  return { path, inChinese: true };
}

// The Chinese page's words; the descriptions come from the elements' JSDoc in English, so they
// are marked `lang="en"` for screen readers.
const chineseTheming: ThemingWording = {
  propertyHeader: "| 自定义属性 | 设置什么 | 说明它的组件 |",
  tagSeparator: "、",
  partsHeading: "各组件的部件",
  partsOf: (tag) => `\`${tag}\` 的部件`,
  partHeader: "| 部件 | 是什么 |",
  description: (text) => (text ? `<span lang="en">${englishTheming.description(text)}</span>` : ""),
};

/**
 * The theming reference of the zh-CN page: the same tables as `themingTables` (generated from
 * custom-elements.json), with Chinese headings.
 *
 * @example
 * chineseThemingTables(apis).startsWith("| 自定义属性 |") //=> true
 */
export function chineseThemingTables(apis: readonly ElementApi[]): string {
  return themingTables(apis, chineseTheming);
}

/** One page per guide, and the guides' index. */
export function guidePages(): SitePage[] {
  const pages: SitePage[] = guides.map((guide) => ({
    slug: `guides/${guide.slug}`,
    title: guide.title,
    description: guide.summary,
    main: ({ lang, link, site }) => {
      const raw = readFileSync(guideSource(guide, lang).path, "utf8");
      const markdown = guide.fill ? guide.fill(raw, site, lang) : raw;
      return `<article class="markdown">
${renderMarkdown(markdown, guideLinks(link))}
</article>`;
    },
  }));
  const index: SitePage = {
    slug: "guides/index",
    title: { "zh-CN": "指南", en: "Guides" },
    description: {
      "zh-CN": "嵌入、主题、报送流程、隐私和地图的指南。",
      en: "Guides to embedding, theming, the reporting workflow, privacy and maps.",
    },
    nav: { "zh-CN": "指南", en: "Guides" },
    main: ({ lang, link }) => `<h1>${tr(lang, { "zh-CN": "指南", en: "Guides" })}</h1>
<ul class="card-list">
${guides
  .map(
    (g) =>
      `<li><a href="${link(`guides/${g.slug}`)}">${escapeHtml(tr(lang, g.title))}</a> — ${escapeHtml(tr(lang, g.summary))}</li>`,
  )
  .join("\n")}
<li><a href="${link("reference")}#indicator-reference">${tr(lang, { "zh-CN": "指标说明", en: "Indicator reference" })}</a> — ${tr(lang, { "zh-CN": "由领域库的指标目录生成。", en: "generated from the domain's indicator catalog." })}</li>
</ul>`,
  };
  return [index, ...pages];
}
