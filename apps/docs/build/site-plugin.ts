import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { loadSite, type Site } from "./site.js";
import { appDir } from "./sources.js";

const virtualId = "virtual:zc-site";

/** Files the site publishes beside its pages: output path → absolute source path or content. */
export function staticFiles(site: Site): Map<string, { path: string } | { text: string }> {
  const files = new Map<string, { path: string } | { text: string }>();
  files.set("feed/latest.json", { path: join(site.feed.dir, "latest.json") });
  for (const release of site.feed.releases) {
    files.set(`feed/releases/${release}.json`, {
      path: join(site.feed.dir, "releases", `${release}.json`),
    });
  }
  files.set("zhucan-widgets.js", { path: site.widgets.bundle });
  if (site.widgets.iife) files.set("zhucan-widgets.iife.js", { path: site.widgets.iife });
  files.set("gallery/not-a-feed.json", {
    text: `${JSON.stringify({ note: "Deliberately not a feed: the gallery shows the error state with it." })}\n`,
  });
  return files;
}

const contentTypes: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

/**
 * The site as a Vite plugin: every page is virtual HTML rendered from build/content (no HTML
 * files on disk), the feed and the widgets' self-contained bundle are emitted beside them, and
 * `virtual:zc-site` gives the browser code the elements' API from custom-elements.json.
 */
export function sitePlugin(site: Site = loadSite()): Plugin {
  let current = site;
  const pagePath = (file: string) => join(appDir, file);
  const byPath = () => new Map([...current.pages].map(([file, html]) => [pagePath(file), html]));
  let pages = byPath();
  return {
    name: "zhucan-site",
    enforce: "pre",
    config() {
      return {
        build: {
          rollupOptions: {
            input: Object.fromEntries(
              [...current.pages.keys()].map((file) => [
                file.replace(/\.html$/, ""),
                pagePath(file),
              ]),
            ),
          },
        },
      };
    },
    resolveId(id) {
      if (id === virtualId) return `\0${virtualId}`;
      if (pages.has(id)) return id;
      return undefined;
    },
    load(id) {
      if (id === `\0${virtualId}`) {
        const { elements, feed } = current.data;
        return [
          `export const elements = ${JSON.stringify(elements)};`,
          `export const regions = ${JSON.stringify(feed.regions)};`,
          `export const indicators = ${JSON.stringify(feed.indicators)};`,
          "",
        ].join("\n");
      }
      return pages.get(id);
    },
    generateBundle() {
      for (const [fileName, source] of staticFiles(current)) {
        this.emitFile({
          type: "asset",
          fileName,
          source: "text" in source ? source.text : readFileSync(source.path),
        });
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(join(appDir, "..", "..", "docs"));
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        let file = decodeURIComponent(url.pathname).replace(/^\//, "");
        if (file === "" || file.endsWith("/")) file += "index.html";
        const asset = staticFiles(current).get(file);
        if (asset) {
          const type =
            contentTypes[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";
          res.setHeader("Content-Type", type);
          res.end("text" in asset ? asset.text : readFileSync(asset.path));
          return;
        }
        if (!file.endsWith(".html")) file += ".html";
        if (!current.pages.has(file)) return next();
        // Pages are rendered once per request in development, so edits to docs/ show on reload.
        current = loadSite();
        pages = byPath();
        const html = await server.transformIndexHtml(`/${file}`, current.pages.get(file) ?? "");
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(html);
      });
    },
  };
}
