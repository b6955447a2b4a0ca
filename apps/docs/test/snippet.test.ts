import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, settleElements, watchedPage } from "./browser.js";
import { type LocalServer, serveFolder, serveSite } from "./site-server.js";

// The embed builder end to end: choose, copy (through the real clipboard), paste the snippet
// into a bare partner page served from ANOTHER origin, and check that it works there — as a
// script tag and element, and as an iframe that takes its content's height.
let site: LocalServer;
let partner: LocalServer;
let partnerDir: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await serveSite();
  partnerDir = mkdtempSync(join(tmpdir(), "zhucan-partner-"));
  partner = await serveFolder(partnerDir);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(site.url).origin,
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await partner?.close();
  rmSync(partnerDir, { recursive: true, force: true });
});

async function copyFromBuilder(field: "script" | "iframe"): Promise<string> {
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.url}builder.html`);
  await page.selectOption("#b-element", "zc-stat");
  await page.selectOption("#b-indicator", "star-organisations");
  await page.check('input[name="lang"][value="en"]');
  await page.selectOption("#b-width", "320");
  await settleElements(page);
  expect(await page.locator("#preview zc-stat").getAttribute("indicator")).toBe(
    "star-organisations",
  );
  await page.click(`button[data-copy="snippet-${field}"]`);
  await expect.poll(() => page.textContent("#copy-status")).toMatch(/^已复制/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.inputValue(`#snippet-${field}`));
  expect(problems.errors).toEqual([]);
  await page.close();
  return copied;
}

async function openPartnerPage(
  name: string,
  snippet: string,
): Promise<{ page: Page; problems: { errors: string[]; foreignRequests: string[] } }> {
  writeFileSync(
    join(partnerDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Partner page</title></head><body><main><h1>Partner page</h1>\n${snippet}\n</main></body></html>\n`,
  );
  const watched = await watchedPage(context);
  await watched.page.goto(`${partner.url}${name}`);
  return watched;
}

describe("a snippet copied from the embed builder", () => {
  it("works in a bare HTML page on another origin as a script tag and element", async () => {
    const snippet = await copyFromBuilder("script");
    expect(snippet).toContain(`src="${site.url}zhucan-widgets.js"`);
    const { page, problems } = await openPartnerPage("script.html", snippet);
    await page.waitForFunction(() => customElements.get("zc-stat") !== undefined);
    const state = await page.evaluate(() =>
      (
        document.querySelector("zc-stat") as unknown as { whenSettled(): Promise<string> }
      ).whenSettled(),
    );
    expect(state).toBe("ready");
    const figure = await page.evaluate(
      () =>
        document.querySelector("zc-stat")?.shadowRoot?.querySelector('[part~="figure"]')
          ?.textContent ?? "",
    );
    expect(figure.trim()).not.toBe("");
    expect(problems.errors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await page.close();
  });

  it("works as an iframe whose height follows its content", async () => {
    const snippet = await copyFromBuilder("iframe");
    expect(snippet).toContain("data-zc-embed");
    const { page, problems } = await openPartnerPage("iframe.html", snippet);
    const iframe = page.locator("iframe[data-zc-embed]");
    await expect
      .poll(() => iframe.evaluate((f: HTMLIFrameElement) => f.style.height), { timeout: 20_000 })
      .not.toBe("420px");
    const frame = page.frameLocator("iframe[data-zc-embed]");
    expect(await frame.locator("html").getAttribute("lang")).toBe("en");
    expect(await frame.locator("zc-stat").getAttribute("indicator")).toBe("star-organisations");
    // The embed page reports again when its content changes; wait for the last report to land.
    await expect
      .poll(
        async () => {
          const content = await frame
            .locator("#embed")
            .evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
          const outer = await iframe.evaluate(
            (f: HTMLIFrameElement) => f.getBoundingClientRect().height,
          );
          return Math.abs(outer - content);
        },
        { timeout: 20_000 },
      )
      .toBeLessThanOrEqual(1);
    expect(problems.errors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await page.close();
  });
});
