import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { distDir } from "./site-server.js";

// Every page of the built site points only at files the site has: each local `href` and `src`
// (links, alternates, scripts, styles, images) resolves to a file of dist/. A page that links to
// a page that was never built (a language copy, a renamed guide) fails here.

/** The HTML files of dist/, as paths relative to it with "/" separators. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split("\\").join("/"))
    .sort();
}

/** The local targets of a page's `href` and `src` attributes, resolved against the page. */
function localTargets(page: string, html: string): string[] {
  const targets: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const value = (match[1] ?? "").replaceAll("&amp;", "&");
    if (value === "" || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(value)) continue;
    const path = value.split(/[?#]/)[0] ?? "";
    if (path === "") continue;
    const resolved = path.startsWith("/")
      ? path.slice(1)
      : posix.normalize(posix.join(posix.dirname(page), path));
    targets.push(resolved.endsWith("/") || resolved === "." ? `${resolved}/index.html` : resolved);
  }
  return targets;
}

describe("links of the built site", () => {
  it("finds the links of a page, relative and absolute, without queries or fragments", () => {
    const html = `<a href="../gallery.html#map"></a><link href="assets/a.css"><script src="/x.js?v=1"></script>
      <a href="https://example.org/"></a><a href="#main"></a><a href="mailto:a@example.org"></a><img src="data:image/png;base64,AA">`;
    expect(localTargets("en/guides/theming.html", html)).toEqual([
      "en/gallery.html",
      "en/guides/assets/a.css",
      "x.js",
    ]);
  });

  const pages = existsSync(distDir) ? htmlFiles(distDir) : [];

  it("has pages to check (apps/docs is built before its tests)", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)("%s links only to files of the site", (page) => {
    const html = readFileSync(join(distDir, page), "utf8");
    const missing = localTargets(page, html).filter(
      (target) => !existsSync(join(distDir, ...target.split("/"))),
    );
    expect(missing, `in ${relative(distDir, join(distDir, page))}`).toEqual([]);
  });
});
