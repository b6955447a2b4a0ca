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

/** Opens the kit page in a new context and makes one image. */
async function makeImage(item: string, format: string) {
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.url}en/kit.html`);
  await settleElements(page);
  await page.click(`button[data-item="${item}"][data-poster="${format}"]`);
  const image = page.locator(`[data-output="${item}"] img[data-format="${format}"]`);
  await image.waitFor();
  return { context, page, problems, image };
}

describe("the publicity kit", () => {
  it.each([
    ["youths-covered", "square", 1080, 1080],
    ["youths-covered", "vertical", 1080, 1920],
    ["map", "square", 1080, 1080],
  ])("makes the %s image in %s format at %i×%i", async (item, format, width, height) => {
    const { context, page, problems, image } = await makeImage(item, format);
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

// The sparkline's grey baseline runs under its whole width: on the poster it must run across the
// content width (1080 − 2 × 64 px margins), as the text above it does. It was once drawn inside
// the frame of the element's own SVG download, at 62 % of that width, and not at all on the
// square poster when the figure wrapped onto two lines.
describe("the sparkline of a headline figure", () => {
  it.each(["square", "vertical"])("spans the content width of the %s image", async (format) => {
    const { context, problems, image } = await makeImage("youths-covered", format);
    const longestGreyRow = await image.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const drawing = canvas.getContext("2d");
      if (!drawing) return 0;
      drawing.drawImage(img, 0, 0);
      const { data, width, height } = drawing.getImageData(0, 0, canvas.width, canvas.height);
      let longest = 0;
      // Below the programme band (0–120 px); the sample band is brown, the text darker grey.
      for (let y = 120; y < height; y++) {
        let grey = 0;
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
          if (Math.max(r, g, b) - Math.min(r, g, b) <= 24 && r >= 90 && r <= 225) grey += 1;
        }
        longest = Math.max(longest, grey);
      }
      return longest;
    });
    expect(longestGreyRow).toBeGreaterThanOrEqual(Math.floor(0.97 * (1080 - 2 * 64)));
    expect(longestGreyRow).toBeLessThanOrEqual(1080 - 2 * 64 + 8);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});
