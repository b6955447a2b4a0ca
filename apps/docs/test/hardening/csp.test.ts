// The self-contained widgets bundle on a partner's page served with a strict
// Content-Security-Policy (no inline script or style, no eval), in Debian's Chromium: every
// element reaches its ready state, draws exactly what it draws without the policy, and the
// page records no policy violation, console error or uncaught exception. Then the same page
// over a real network that goes wrong: a mislabelled feed, a transfer cut off, going offline.
// SYNTHETIC data only (the site's sample feed).
import type { Browser, BrowserContext, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, settleElements, watchedPage } from "../browser.js";
import {
  type HostilePageServer,
  pageElements,
  startHostilePageServer,
  strictPolicy,
} from "./hostile-page-server.js";

let strict: HostilePageServer;
let strictWithDataImages: HostilePageServer;
let open: HostilePageServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  strict = await startHostilePageServer({ policy: strictPolicy });
  strictWithDataImages = await startHostilePageServer({
    policy: `${strictPolicy}; img-src 'self' data:`,
  });
  open = await startHostilePageServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await strict?.close();
  await strictWithDataImages?.close();
  await open?.close();
});

interface PageReport {
  readonly states: string[];
  readonly violations: string[];
  readonly errors: string[];
  /** Per element: tag, state, text and the computed look of every node of its shadow trees. */
  readonly drawing: string[];
}

/** Opens a page, waits for every element, and reports what it shows and what went wrong. */
async function visit(url: string): Promise<PageReport & { page: Page; consoleErrors: string[] }> {
  const { page, problems } = await watchedPage(context);
  await page.goto(url, { waitUntil: "load" });
  await settleElements(page);
  // Two frames, so that the size-dependent redraw (ResizeObserver) has happened.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await settleElements(page);
  const report = await page.evaluate(() => {
    const w = window as unknown as { __violations: string[]; __errors: string[] };
    const top = [...document.querySelectorAll("main > [src]")];
    const look = (root: ShadowRoot): string[] => {
      const out: string[] = [];
      for (const node of root.querySelectorAll("*")) {
        const cs = getComputedStyle(node);
        out.push(
          [
            node.localName,
            cs.display,
            cs.fill,
            cs.stroke,
            cs.strokeDasharray,
            cs.color,
            cs.backgroundColor,
          ].join("|"),
        );
        if (node.shadowRoot) out.push(...look(node.shadowRoot));
      }
      return out;
    };
    return {
      states: top.map((e) => `${e.localName}:${(e as unknown as { state: string }).state}`),
      violations: [...w.__violations],
      errors: [...w.__errors],
      drawing: top.map((e) =>
        [
          e.localName,
          e.shadowRoot?.textContent?.replace(/\s+/g, " ") ?? "",
          ...(e.shadowRoot ? look(e.shadowRoot) : []),
        ].join("\n"),
      ),
    };
  });
  expect(problems.foreignRequests).toEqual([]);
  return { ...report, page, consoleErrors: problems.errors };
}

const readyStates = pageElements.map(({ tag }) => `${tag}:ready`);

describe.each([
  ["ES module", "esm.html"],
  ["classic script", "iife.html"],
])("the %s bundle under `default-src 'self'; script-src 'self'; style-src 'self'`", (_, file) => {
  it("brings every element to its ready state with no violation, console error or exception", async () => {
    const report = await visit(`${strict.url}/${file}`);
    expect(report.states).toEqual(readyStates);
    expect(report.violations).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.errors).toEqual([]);
    await report.page.close();
  });

  it("draws exactly what it draws without the policy", async () => {
    const withPolicy = await visit(`${strict.url}/${file}`);
    const without = await visit(`${open.url}/${file}`);
    expect(without.states).toEqual(readyStates);
    expect(withPolicy.drawing).toEqual(without.drawing);
    await withPolicy.page.close();
    await without.page.close();
  });
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
    const report = await visit(`${strict.url}/esm.html`);
    expect(await downloads(report.page)).toEqual(["csv", "svg"]);
    const errors = await report.page.evaluate(
      () => (window as unknown as { __errors: string[] }).__errors,
    );
    expect(errors).toEqual([]);
    await report.page.close();
  });

  it("offers PNG too once the policy allows data: images", async () => {
    const report = await visit(`${strictWithDataImages.url}/esm.html`);
    expect(await downloads(report.page)).toEqual(["csv", "svg", "png"]);
    await report.page.close();
  });
});

describe("the bundle over a real network that goes wrong (strict policy)", () => {
  // DECISION (docs/reliability.md): a feed served as text/plain, even with nosniff, is read.
  it("shows a feed served as text/plain with nosniff", async () => {
    const report = await visit(`${strict.url}/text-plain.html`);
    expect(report.states).toEqual(readyStates);
    expect(report.errors).toEqual([]);
    await report.page.close();
  });

  it("says the network failed when the transfer is cut off half-way", async () => {
    const { page, consoleErrors } = await visit(`${strict.url}/esm.html`);
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
    const { page } = await visit(`${strict.url}/esm.html`);
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
