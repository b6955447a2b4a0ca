import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Bilingual } from "../src/common/lang.js";
import { siteLangs } from "../src/common/lang.js";
import { builderPage } from "./content/builder.js";
import { embedPage } from "./content/embed.js";
import { galleryPage } from "./content/gallery.js";
import { guidePages } from "./content/guides.js";
import { homePage } from "./content/home.js";
import { kitPage } from "./content/kit.js";
import { referencePage } from "./content/reference.js";
import { pageFile, renderPage, type SiteData, type SitePage, type SiteRegion } from "./layout.js";
import { readElementApis } from "./manifest.js";
import { type FeedFiles, feedFiles, type WidgetsFiles, widgetsFiles } from "./sources.js";

/** Everything one build of the site reads, and the HTML of every page. */
export interface Site {
  readonly data: SiteData;
  readonly feed: FeedFiles;
  readonly widgets: WidgetsFiles;
  /** Output file (e.g. `en/gallery.html`) → its HTML. */
  readonly pages: ReadonlyMap<string, string>;
}

/** The pages in navigation order; the embed page last (it has no navigation). */
export function sitePages(): SitePage[] {
  return [homePage, galleryPage, builderPage, kitPage, referencePage, ...guidePages(), embedPage];
}

interface FeedHead {
  sample: boolean;
  asOf: string;
  release: string;
  indicators: { id: string; name: Bilingual }[];
  regions: SiteRegion[];
}

/**
 * Reads the feed, the widgets' manifest and the docs, and renders every page in both languages.
 *
 * @example
 * [...loadSite().pages.keys()] //=> ["index.html", "en/index.html", "gallery.html", …, "embed.html"]
 */
export function loadSite(): Site {
  const widgets = widgetsFiles();
  const feed = feedFiles();
  const head = JSON.parse(readFileSync(join(feed.dir, "latest.json"), "utf8")) as FeedHead;
  const data: SiteData = {
    feed: {
      sample: head.sample,
      asOf: head.asOf,
      release: head.release,
      releases: feed.releases,
      indicators: head.indicators.map(({ id, name }) => ({ id, name })),
      regions: head.regions.map(({ code, level, name, parent }) => ({ code, level, name, parent })),
    },
    elements: readElementApis(widgets.manifest),
  };
  const all = sitePages();
  const pages = new Map<string, string>();
  for (const page of all) {
    for (const lang of page.bare ? (["zh-CN"] as const) : siteLangs) {
      pages.set(pageFile(page.slug, lang), renderPage(page, lang, all, data));
    }
  }
  return { data, feed, widgets, pages };
}
