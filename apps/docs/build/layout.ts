import type { ElementApi } from "../src/common/element-api.js";
import { escapeHtml } from "../src/common/escape.js";
import { type Bilingual, type SiteLang, siteLangs, tr } from "../src/common/lang.js";

/** A page of the site, written once for both languages. */
export interface SitePage {
  /** Path without `.html`: `index`, `gallery`, `guides/theming`. */
  readonly slug: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  /** Its label in the main navigation, if it is listed there. */
  readonly nav?: Bilingual;
  /** The browser module of the page, from the app root (`/src/pages/gallery.ts`). */
  readonly script?: string;
  /** The inner HTML of `<main>` in one language. */
  readonly main: (context: PageContext) => string;
  /** Without header, navigation and footer (the iframe embed page). */
  readonly bare?: boolean;
}

/** What the build knows when it writes a page. */
export interface PageContext {
  readonly lang: SiteLang;
  /** The relative URL of another page of the site in this language (or `toLang`). */
  readonly link: (slug: string, toLang?: SiteLang) => string;
  /** The relative way up to the site root, e.g. `../`. */
  readonly root: string;
  readonly site: SiteData;
}

/** Facts about the published feed and the elements, read once per build. */
export interface SiteData {
  readonly feed: {
    readonly sample: boolean;
    readonly asOf: string;
    readonly release: string;
    readonly releases: readonly string[];
    readonly indicators: readonly { readonly id: string; readonly name: Bilingual }[];
    readonly regions: readonly SiteRegion[];
  };
  readonly elements: readonly ElementApi[];
}

/** A region of the feed, as the builder lists it. */
export interface SiteRegion {
  readonly code: string;
  readonly level: "province" | "city" | "county";
  readonly name: Bilingual;
  readonly parent: string | null;
}

/**
 * Where a page is written: zh-CN at the root, en under `en/`.
 *
 * @example
 * pageFile("guides/theming", "en") //=> "en/guides/theming.html"
 */
export function pageFile(slug: string, lang: SiteLang): string {
  return `${lang === "en" ? "en/" : ""}${slug}.html`;
}

/**
 * The relative way from one page file up to the site root.
 *
 * @example
 * rootFrom("en/guides/theming.html") //=> "../../"
 */
export function rootFrom(file: string): string {
  return "../".repeat(file.split("/").length - 1);
}

// Inline, so that no page asks the server for /favicon.ico.
const favicon = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0072b2"/><text x="16" y="23" font-size="19" text-anchor="middle" fill="#fff" font-family="sans-serif">助</text></svg>')}`;

const ui = {
  skip: { "zh-CN": "跳到正文", en: "Skip to main content" },
  site: {
    "zh-CN": "广东助残志愿行动 · 数据与组件",
    en: "Guangdong disability-assistance volunteer action · data and widgets",
  },
  mainNav: { "zh-CN": "主导航", en: "Main" },
  langNav: { "zh-CN": "语言", en: "Language" },
  footer: {
    "zh-CN":
      "依据共青团广东省委员会、广东省扶贫开发办公室、广东省残疾人联合会、广东省志愿者联合会《关于开展广东助残志愿者助力精准脱贫攻坚行动的通知》（团粤联发〔2016〕52号）。公开数据均为汇总数，不含个人信息，小于5的人数以“<5”显示。",
    en: "Based on the joint notice 团粤联发〔2016〕52号 of the Guangdong Youth League committee, the provincial poverty-alleviation office, the Disabled Persons' Federation and the Volunteers Federation. Public figures are aggregates without personal data; counts of 1–4 people are shown as “<5”.",
  },
  sampleNote: {
    "zh-CN": "本站默认展示的数字为合成示例数据，并非真实统计。",
    en: "The figures shown by default on this site are synthetic sample data, not real statistics.",
  },
} satisfies Record<string, Bilingual>;

/**
 * The whole HTML document of a page in one language: skip link, banner with the site name and
 * navigation, language switch to the same page in the other language, `<main>`, footer.
 *
 * @example
 * renderPage(page, "en", pages, site).includes('<html lang="en"') //=> true
 */
export function renderPage(
  page: SitePage,
  lang: SiteLang,
  pages: readonly SitePage[],
  site: SiteData,
): string {
  const file = pageFile(page.slug, lang);
  const root = rootFrom(file);
  const link = (slug: string, toLang: SiteLang = lang) => `${root}${pageFile(slug, toLang)}`;
  const context: PageContext = { lang, link, root, site };
  const title = `${tr(lang, page.title)} · ${lang === "en" ? "zhucan" : "助残"}`;
  const script = page.script ? `<script type="module" src="${page.script}"></script>` : "";
  // A bare page (the iframe embed) is one file for both languages, chosen by its query string:
  // it has no other-language copy to point to.
  const alternates = page.bare
    ? ""
    : siteLangs
        .map((l) => `<link rel="alternate" hreflang="${l}" href="${link(page.slug, l)}">`)
        .join("\n");
  const head = `<!doctype html>
<html lang="${lang}" data-root="${root}" data-page="${page.slug}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${favicon}">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(tr(lang, page.description))}">
${alternates}
<link rel="stylesheet" href="/src/styles/site.css">
${script}
</head>`;
  if (page.bare) {
    return `${head}\n<body class="bare">\n<main id="main">\n${page.main(context)}\n</main>\n</body>\n</html>\n`;
  }
  const nav = pages
    .filter((p) => p.nav)
    .map((p) => {
      const current =
        p.slug === page.slug ||
        (p.slug !== "index" && page.slug.startsWith(`${p.slug.split("/")[0]}/`));
      return `<li><a href="${link(p.slug)}"${current ? ' aria-current="page"' : ""}>${escapeHtml(tr(lang, p.nav as Bilingual))}</a></li>`;
    })
    .join("");
  const switcher = siteLangs
    .map((l) => {
      const label = l === "en" ? "English" : "中文";
      return l === lang
        ? `<li><a href="${link(page.slug, l)}" lang="${l}" hreflang="${l}" aria-current="true">${label}</a></li>`
        : `<li><a href="${link(page.slug, l)}" lang="${l}" hreflang="${l}">${label}</a></li>`;
    })
    .join("");
  return `${head}
<body>
<a class="skip-link" href="#main">${tr(lang, ui.skip)}</a>
<header class="site-header">
<p class="site-name"><a href="${link("index")}">${escapeHtml(tr(lang, ui.site))}</a></p>
<nav class="site-nav" aria-label="${tr(lang, ui.mainNav)}"><ul>${nav}</ul></nav>
<nav class="lang-nav" aria-label="${tr(lang, ui.langNav)}"><ul>${switcher}</ul></nav>
</header>
<main id="main" tabindex="-1">
${page.main(context)}
</main>
<footer class="site-footer">
<p>${escapeHtml(tr(lang, ui.footer))}</p>
<p>${escapeHtml(tr(lang, ui.sampleNote))}</p>
</footer>
</body>
</html>
`;
}
