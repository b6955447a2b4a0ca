// Opens a partner's page of the hostile-page server in Chromium, waits for every element, and
// reports what it shows and what went wrong (shared by the hardening page tests).
import type { BrowserContext, Page } from "playwright";
import { expect } from "vitest";
import { settleElements, watchedPage } from "../browser.js";
import { pageElements } from "./hostile-page-server.js";

/** What a page showed: element states, policy violations, uncaught errors, and the drawing. */
export interface PageReport {
  readonly states: string[];
  readonly violations: string[];
  readonly errors: string[];
  /** Per element: tag, state, text and the computed look of every node of its shadow trees. */
  readonly drawing: string[];
}

/** Opens a page, waits for every element, and reports what it shows and what went wrong. */
export async function visit(
  context: BrowserContext,
  url: string,
): Promise<PageReport & { page: Page; consoleErrors: string[] }> {
  const { page, problems } = await watchedPage(context);
  await page.goto(url, { waitUntil: "load" });
  await settleElements(page);
  // Two frames, so that the size-dependent redraw (ResizeObserver) has happened.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await settleElements(page);
  // A map with partner boundaries draws them after it has settled (the boundary code and file
  // load later): wait until no map still says it is loading them, so that the report (and any
  // policy violation of the boundary drawing) covers them.
  await page.waitForFunction(() => {
    const loading = (root: Document | ShadowRoot): boolean =>
      [...root.querySelectorAll("*")].some(
        (e) =>
          e.shadowRoot !== null &&
          (/正在加载地图边界|Loading the boundaries/.test(e.shadowRoot.textContent ?? "") ||
            loading(e.shadowRoot)),
      );
    return !loading(document);
  });
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

/** The states of a page whose every element is ready. */
export const readyStates = pageElements.map(({ tag }) => `${tag}:ready`);
