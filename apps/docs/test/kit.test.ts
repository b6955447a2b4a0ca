import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, settleElements, watchedPage } from "./browser.js";
import { type LocalServer, serveSite } from "./site-server.js";

// The publicity kit draws share-ready PNGs from the elements in the browser, at exactly the
// promised sizes.
let site: LocalServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("the publicity kit", () => {
  it.each([
    ["youths-covered", "square", 1080, 1080],
    ["youths-covered", "vertical", 1080, 1920],
    ["map", "square", 1080, 1080],
  ])("makes the %s image in %s format at %i×%i", async (item, format, width, height) => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}en/kit.html`);
    await settleElements(page);
    await page.click(`button[data-item="${item}"][data-poster="${format}"]`);
    const image = page.locator(`[data-output="${item}"] img[data-format="${format}"]`);
    await image.waitFor();
    const size = await image.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    });
    expect(size).toEqual([width, height]);
    expect(await image.getAttribute("alt")).toMatch(/as of|Data as of/i);
    await expect.poll(() => page.textContent("#kit-status")).toContain(`${width}×${height}`);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});
