import { readdirSync } from "node:fs";
import type { Browser, BrowserContext } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium, settleElements, watchedPage } from "./browser.js";
import { distDir, type LocalServer, serveSite } from "./site-server.js";

// Every page of the built site, in both languages: it loads with no console error and no
// request to another host, says its language, has one h1 and a skip link, and axe-core finds
// no violation (shadow DOM of the elements included).
const pages = [
  "index.html",
  "gallery.html",
  "builder.html",
  "kit.html",
  "reference.html",
  "guides/index.html",
  "guides/embedding-in-a-cms.html",
  "guides/react-and-vue.html",
  "guides/theming.html",
  "guides/monthly-reporting-workflow.html",
  "guides/privacy-and-suppression.html",
  "guides/map-boundaries.html",
  "guides/decisions.html",
];
// The iframe embed page: one file for both languages (`?lang=`), no navigation or skip link.
const embedCases = [
  { query: "element=zc-stat", lang: "zh-CN" },
  { query: "element=zc-progress-map&lang=en", lang: "en" },
];
const cases = pages.flatMap((file) => [
  { file, lang: "zh-CN" },
  { file: `en/${file}`, lang: "en" },
]);

let server: LocalServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveSite();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("every page of the built site", () => {
  it("lists every page that was built", () => {
    const built = readdirSync(distDir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".html"))
      .map((file) => file.split("\\").join("/"))
      .sort();
    const listed = [...cases.map((c) => c.file), "embed.html"].sort();
    expect(built).toEqual(listed);
  });

  it.each(embedCases)(
    "embed.html?$query loads cleanly in $lang with zero axe violations",
    async ({ query, lang }) => {
      const { page, problems } = await watchedPage(context);
      await page.goto(`${server.url}embed.html?${query}`, { waitUntil: "load" });
      await settleElements(page);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      expect(await page.locator("h1").count()).toBe(1);
      expect(
        await page.evaluate(() => document.querySelector("#embed > *")?.getAttribute("lang")),
      ).toBe(lang);
      expect(
        await page.evaluate(
          () => (document.querySelector("#embed > *") as { state?: string } | null)?.state,
        ),
      ).toBe("ready");
      expect(await axeViolations(page)).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await page.close();
    },
  );

  it.each(cases)(
    "$file loads cleanly in $lang with zero axe violations",
    async ({ file, lang }) => {
      const { page, problems } = await watchedPage(context);
      await page.goto(`${server.url}${file}`, { waitUntil: "load" });
      await settleElements(page);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      expect(await page.locator("h1").count()).toBe(1);
      expect(await page.locator("a.skip-link[href='#main']").count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await page.close();
    },
  );
});

// Every guide (and the decisions) has a Chinese version: its zh-CN page serves it, not the
// English text under a note.
const chineseGuides = pages.filter(
  (file) => file.startsWith("guides/") && file !== "guides/index.html",
);

describe("the zh-CN guide pages", () => {
  it.each(chineseGuides)("%s is served in Chinese", async (file) => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${server.url}${file}`, { waitUntil: "load" });
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.locator("h1").textContent()).toMatch(/\p{Script=Han}/u);
    expect(await page.locator("article.markdown").getAttribute("lang")).toBeNull();
    expect(await page.locator("main p.note").count()).toBe(0);
    const paragraphs = await page.locator("article.markdown > p").allTextContents();
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const text of paragraphs) expect(text).toMatch(/\p{Script=Han}/u);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

describe("at 320 px, in dark mode, with reduced motion", () => {
  it.each([
    "index.html",
    "gallery.html",
    "builder.html",
    "kit.html",
    "reference.html",
    "guides/theming.html",
    "en/guides/theming.html",
  ])("%s does not scroll sideways and has zero axe violations", async (file) => {
    const narrow = await browser.newContext({
      viewport: { width: 320, height: 640 },
      colorScheme: "dark",
      reducedMotion: "reduce",
    });
    const { page, problems } = await watchedPage(narrow);
    await page.goto(`${server.url}${file}`, { waitUntil: "load" });
    await settleElements(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await narrow.close();
  });
});
