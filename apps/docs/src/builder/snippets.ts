import { escapeHtml } from "../common/escape.js";
import { autoResizeScript } from "../embed/auto-resize.js";

/** Where the snippets point: absolute URLs of this site's files. */
export interface SnippetUrls {
  /** The self-contained `zhucan-widgets.js`. */
  readonly script: string;
  /** The feed, `feed/latest.json`. */
  readonly feed: string;
  /** The iframe page, `embed.html`. */
  readonly embed: string;
}

const attributeText = (attributes: readonly [string, string][]) =>
  attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join("");

const widthStyle = (width: number | null) => (width ? `max-width:${width}px;` : "");

/**
 * The script-tag snippet: the self-contained module and one element reading the feed.
 *
 * @example
 * scriptSnippet("zc-stat", [["lang", "en"]], urls, 480)
 * //=> '<script type="module" src="https://…/zhucan-widgets.js"></script>\n<zc-stat src="https://…/feed/latest.json" lang="en" style="display:block;max-width:480px"></zc-stat>'
 */
export function scriptSnippet(
  tag: string,
  attributes: readonly [string, string][],
  urls: SnippetUrls,
  width: number | null,
): string {
  const all: [string, string][] = [["src", urls.feed], ...attributes];
  return `<script type="module" src="${escapeHtml(urls.script)}"></script>\n<${tag}${attributeText(all)} style="display:block;${widthStyle(width)}"></${tag}>`;
}

/**
 * The URL of the embed page showing one element: `embed.html?element=…&…`.
 *
 * @example
 * embedUrl("https://x.org/embed.html", "zc-stat", [["lang", "en"]])
 * //=> "https://x.org/embed.html?element=zc-stat&lang=en"
 */
export function embedUrl(
  page: string,
  tag: string,
  attributes: readonly [string, string][],
): string {
  const url = new URL(page);
  url.search = new URLSearchParams([["element", tag], ...attributes]).toString();
  return url.href;
}

/**
 * The iframe snippet: the embed page at full width up to `width`, then the auto-resize script
 * (under 1 KB) that keeps its height equal to its content's.
 *
 * @example
 * iframeSnippet("https://x.org/embed.html?element=zc-stat", "Youths covered", 480).startsWith("<iframe") //=> true
 */
export function iframeSnippet(src: string, title: string, width: number | null): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" data-zc-embed loading="lazy" style="display:block;width:100%;${widthStyle(width)}height:420px;border:0"></iframe>\n${autoResizeScript}`;
}
