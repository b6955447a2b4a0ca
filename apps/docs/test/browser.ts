import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright";
import { chromiumLaunchOptions } from "../../../chromium.mjs";

const require = createRequire(import.meta.url);

/** Debian's Chromium, never a downloaded build; flags for a headless, offline, sandboxed CI. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...chromiumLaunchOptions,
    headless: true,
  });
}

/** What went wrong on a page while a test drove it. */
export interface PageProblems {
  /** Console messages of type `error`, and uncaught exceptions. */
  readonly errors: string[];
  /** Requests to any host other than the local test servers. */
  readonly foreignRequests: string[];
}

/**
 * A new page that records console errors, uncaught exceptions and every request that leaves
 * localhost (the site must load nothing from another host: no CDN, no web fonts).
 */
export async function watchedPage(
  context: BrowserContext,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], foreignRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error")
      problems.errors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on("pageerror", (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (["data:", "blob:", "about:"].includes(url.protocol)) return;
    if (!["localhost", "127.0.0.1"].includes(url.hostname)) problems.foreignRequests.push(url.href);
  });
  return { page, problems };
}

/** Waits until every `zc-` element in the page (and its iframes) has settled. */
export async function settleElements(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll("*")].filter((e) => e.localName.startsWith("zc-"));
    return all.every((e) => customElements.get(e.localName) !== undefined);
  });
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll("*")].filter((e) => e.localName.startsWith("zc-"));
    await Promise.all(
      all.map((e) => (e as unknown as { whenSettled?: () => Promise<unknown> }).whenSettled?.()),
    );
  });
}

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One axe-core violation, in short. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core (all rules, shadow DOM included) on the page; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
}
