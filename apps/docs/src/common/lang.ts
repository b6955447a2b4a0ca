/** The site's two languages; zh-CN is the default and lives at the site root, en under `en/`. */
export const siteLangs = ["zh-CN", "en"] as const;
export type SiteLang = (typeof siteLangs)[number];

/** A string in both of the site's languages. */
export interface Bilingual {
  readonly "zh-CN": string;
  readonly en: string;
}

/**
 * The text of `text` in `lang`.
 *
 * @example
 * tr("en", { "zh-CN": "首页", en: "Home" }) //=> "Home"
 */
export function tr(lang: SiteLang, text: Bilingual): string {
  return text[lang];
}

/**
 * The page's language, read from `<html lang>` (the build writes it; the embed page sets it
 * from its `lang` parameter).
 *
 * @example
 * pageLang() //=> "en" on /en/gallery.html
 */
export function pageLang(doc: Document = document): SiteLang {
  return doc.documentElement.lang === "en" ? "en" : "zh-CN";
}

/**
 * The site root relative to the current page (`""` or `"../"`…), written by the build as
 * `<html data-root>` so that every URL works under any sub-path of any web server.
 *
 * @example
 * siteUrl("feed/latest.json") //=> "http://localhost:4173/feed/latest.json"
 */
export function siteUrl(path: string, doc: Document = document): string {
  const root = doc.documentElement.dataset.root ?? "";
  return new URL(`${root}${path}`, doc.baseURI).href;
}
