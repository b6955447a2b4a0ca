// The self-contained widgets bundle on a partner's page under a strict Content-Security-Policy,
// over a real HTTP server that goes wrong, in Debian's Chromium: downloads, a feed served as
// text/plain, a transfer cut off half-way, the browser going offline after a first load.
// SYNTHETIC data only (the site's sample feed). (Whether the page renders with no policy
// violation at all is csp.test.ts.)
import type { Browser, BrowserContext, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../browser.js";
import {
  type HostilePageServer,
  pageElements,
  startHostilePageServer,
  strictPolicy,
} from "./hostile-page-server.js";
import { readyStates, visit } from "./visit-page.js";

let strict: HostilePageServer;
let strictWithDataImages: HostilePageServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  strict = await startHostilePageServer({ policy: strictPolicy });
  strictWithDataImages = await startHostilePageServer({
    policy: `${strictPolicy}; img-src 'self' data:`,
  });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await strict?.close();
  await strictWithDataImages?.close();
});

/** Asks a zc-stat of the page for its CSV, SVG and PNG; gives the formats that were offered. */
async function downloads(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const el = document.querySelector("zc-stat") as HTMLElement & {
      downloadCsv(): Promise<void>;
      downloadSvg(): Promise<void>;
      downloadPng(): Promise<void>;
    };
    const offered: string[] = [];
    el.addEventListener("zc-download", (e) => {
      e.preventDefault();
      offered.push((e as CustomEvent<{ format: string }>).detail.format);
    });
    await el.downloadCsv();
    await el.downloadSvg();
    await el.downloadPng();
    return offered;
  });
}

describe("downloads under the strict policy", () => {
  it("offers CSV and SVG; PNG (drawn from a data: image) fails quietly, with no exception", async () => {
    const report = await visit(context, `${strict.url}/esm.html`);
    expect(await downloads(report.page)).toEqual(["csv", "svg"]);
    const errors = await report.page.evaluate(
      () => (window as unknown as { __errors: string[] }).__errors,
    );
    expect(errors).toEqual([]);
    await report.page.close();
  });

  it("offers PNG too once the policy allows data: images", async () => {
    const report = await visit(context, `${strictWithDataImages.url}/esm.html`);
    expect(await downloads(report.page)).toEqual(["csv", "svg", "png"]);
    await report.page.close();
  });
});

describe("the bundle over a real network that goes wrong (strict policy)", () => {
  // DECISION (docs/reliability.md): a feed served as text/plain, even with nosniff, is read.
  it("shows a feed served as text/plain with nosniff", async () => {
    const report = await visit(context, `${strict.url}/text-plain.html`);
    expect(report.states).toEqual(readyStates);
    expect(report.errors).toEqual([]);
    await report.page.close();
  });

  it("says the network failed when the transfer is cut off half-way", async () => {
    const { page, consoleErrors } = await visit(context, `${strict.url}/esm.html`);
    const before = consoleErrors.length;
    const kind = await page.evaluate(async () => {
      const el = document.createElement("zc-stat") as HTMLElement & {
        whenSettled(): Promise<string>;
        feedError?: { kind: string };
      };
      el.setAttribute("src", "/feed-cut.json");
      document.querySelector("main")?.append(el);
      return `${await el.whenSettled()}:${el.feedError?.kind}`;
    });
    expect(kind).toBe("error:network");
    // Chromium reports the dropped connection on the console; nothing else may appear.
    expect(consoleErrors.slice(before).filter((e) => !e.includes("feed-cut.json"))).toEqual([]);
    await page.close();
  });

  it("keeps every element's last good copy, marked stale, when the browser goes offline", async () => {
    const { page } = await visit(context, `${strict.url}/esm.html`);
    await context.setOffline(true);
    try {
      const offline = await page.evaluate(async () => {
        const all = [...document.querySelectorAll("main > [src]")] as (HTMLElement & {
          reload(): Promise<string>;
        })[];
        const states = await Promise.all(all.map((el) => el.reload()));
        return all.map(
          (el, i) =>
            `${el.localName}:${states[i]}:${el.shadowRoot?.textContent?.includes("数据可能不是最新的")}`,
        );
      });
      expect(offline).toEqual(pageElements.map(({ tag }) => `${tag}:stale:true`));
    } finally {
      await context.setOffline(false);
    }
    const back = await page.evaluate(async () => {
      const all = [...document.querySelectorAll("main > [src]")] as (HTMLElement & {
        reload(): Promise<string>;
      })[];
      return Promise.all(all.map((el) => el.reload()));
    });
    expect(new Set(back)).toEqual(new Set(["ready"]));
    await page.close();
  });
});
