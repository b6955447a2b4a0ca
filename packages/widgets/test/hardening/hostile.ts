// Helpers of the hardening tests: script and markup payloads, a SYNTHETIC feed with a payload in
// every text field, a guard that records every uncaught error of the page, and walks through
// nested shadow roots. Every figure and name here is invented.
import type { PublicFeed } from "@zhucan/domain";
import { expect } from "vitest";
import { FeedLoader, sharedFeedLoader } from "../../src/feed/feed-loader.js";
import { makeFeed } from "../make-feed.js";

/** Every element of the package, by tag. */
export const elementTags = [
  "zc-stat",
  "zc-target-progress",
  "zc-phase-timeline",
  "zc-needs-breakdown",
  "zc-progress-map",
  "zc-report-tracker",
  "zc-pairing-diagram",
  "zc-dashboard",
] as const;

/** The window flag every payload sets if it ever runs. */
export const pwnedFlag = "__zcPwned";

const run = `window.${pwnedFlag}=1`;

/**
 * Script and markup payloads: each would set {@link pwnedFlag} if a browser ever parsed it as
 * HTML or SVG, or followed it as a URL.
 */
export const scriptPayloads = [
  `<img src=x onerror="${run}">`,
  `<script>${run}</script>`,
  `"><svg onload="${run}">`,
  `'><img src=x onerror=${run}>`,
  `javascript:${run}`,
  `</style><style>:host{display:none}</style><img src=x onerror="${run}">`,
  `</title></text></svg><img src=x onerror="${run}">`,
  `<iframe srcdoc="<script>parent.${pwnedFlag}=1</script>"></iframe>`,
  `<a href="javascript:${run}">x</a><math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  `{{constructor.constructor('${run}')()}} \${${run}}`,
  `<?lit$1234$>lit$1234$<!--?lit$1234$--> --><img src=x onerror="${run}"><!--`,
  `<svg><script href="data:text/javascript,${run}"/></svg>`,
] as const;

/** Text a spreadsheet would run as a formula if a CSV cell started with it. */
export const formulaPayloads = [
  `=HYPERLINK("https://example.invalid/?"&A1,"click")`,
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "\t=1+1",
  "\r=1+1",
] as const;

const text = (value: string) => ({ "zh-CN": value, en: value });

/**
 * The synthetic test feed with `payload` (followed by the field's name, so a failure says where)
 * in every text field a feed can carry: region, indicator and phase names and units, correction
 * reasons, the publisher's name, the source, the licence, the programme area's source, the
 * suppression method, target clauses and formulas, and pairing sources. Still a VALID feed.
 *
 * @example
 * parseFeed(hostileFeed("<script>")).ok //=> true
 */
export function hostileFeed(payload: string): PublicFeed {
  const base = makeFeed();
  const tagged = (field: string) => `${payload} ${field}`;
  return {
    ...base,
    publisher: { name: text(tagged("publisher")) },
    // The licence id is at most 100 characters.
    licence: {
      ...base.licence,
      id: tagged("licence-id").slice(-100),
      name: tagged("licence-name"),
    },
    source: text(tagged("source")),
    indicators: base.indicators.map((i) => ({
      ...i,
      name: text(tagged(`indicator-${i.id}`)),
      unit: text(tagged("unit")),
    })),
    phases: base.phases.map((p) => ({ ...p, name: text(tagged(`phase-${p.id}`)) })),
    regions: base.regions.map((r) => ({ ...r, name: text(tagged(`region-${r.code}`)) })),
    area: { ...base.area, source: tagged("area-source") },
    suppression: { ...base.suppression, method: text(tagged("suppression-method")) },
    targets: base.targets.map((t) => ({
      ...t,
      clause: tagged("clause"),
      ...(t.formula ? { formula: tagged("formula") } : {}),
    })),
    corrections: base.corrections.map((c) => ({ ...c, reason: tagged("correction") })),
    pairings: base.pairings.map((p) => ({ ...p, source: tagged("pairing-source") })),
  };
}

/** Every element under `root`, through every open shadow root (nested elements included). */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll("*")) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  else visit(root);
  return out;
}

/** The text of an element's shadow root and of every shadow root nested in it, whitespace collapsed. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const visit = (root: ShadowRoot) => {
    parts.push(root.textContent ?? "");
    for (const child of root.querySelectorAll("*")) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return parts.join(" ").replace(/\s+/g, " ");
}

const forbiddenTags = new Set([
  "script",
  "img",
  "iframe",
  "object",
  "embed",
  "style",
  "link",
  "meta",
  "base",
  "form",
  "foreignobject",
  "math",
  "mglyph",
]);

// Attributes a browser follows as URLs (a `javascript:` value in aria-label is only text).
const urlAttributes = new Set([
  "href",
  "xlink:href",
  "src",
  "action",
  "formaction",
  "data",
  "srcdoc",
]);

/**
 * What an element's shadow DOM holds that a payload could have put there: an element the
 * widgets never draw (script, img, iframe, style, …), an event-handler attribute, or a
 * `javascript:` URL. Empty when nothing was injected.
 */
export function injectedMarkup(el: Element): string[] {
  const found: string[] = [];
  for (const node of deepElements(el)) {
    const tag = node.localName.toLowerCase();
    if (forbiddenTags.has(tag)) found.push(`<${tag}> in <${el.localName}>`);
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${attr.name}= on <${tag}>`);
      if (urlAttributes.has(attr.name) && /^\s*javascript:/i.test(attr.value)) {
        found.push(`javascript: URL in ${attr.name}`);
      }
    }
  }
  return found;
}

/** What reached the page uncaught while a guard listened. */
export interface PageGuard {
  readonly errors: string[];
  stop(): void;
}

/** Records window `error` and `unhandledrejection` events until `stop()`. */
export function guardPage(): PageGuard {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    // Resource load failures (an <img src=x> that would only exist if injected) come as plain
    // Events, not ErrorEvents, and are reported by injectedMarkup instead.
    errors.push(`error: ${e.message}`);
  };
  const onRejection = (e: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener("error", onError);
  window.addEventListener("unhandledrejection", onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener("error", onError);
      window.removeEventListener("unhandledrejection", onRejection);
    },
  };
}

/** Whether some payload ran (and resets the flag for the next test). */
export function takePwned(): unknown {
  const holder = window as unknown as Record<string, unknown>;
  const value = holder[pwnedFlag];
  delete holder[pwnedFlag];
  return value;
}

/** Waits long enough for an injected `<img src=x onerror>` to have failed and fired. */
export async function letPayloadsFire(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Asserts that nothing ran, nothing was injected and nothing reached the page uncaught. */
export async function expectHarmless(
  elements: readonly Element[],
  guard: PageGuard,
): Promise<void> {
  await letPayloadsFire();
  expect(takePwned()).toBeUndefined();
  expect(elements.flatMap(injectedMarkup)).toEqual([]);
  expect(guard.errors).toEqual([]);
}

const loaderKey = Symbol.for("@zhucan/widgets/feed-loader@1");

/**
 * Runs `body` with the page's shared feed loader replaced by one with other options (a short
 * time limit, a fetch that fails), then puts the original back.
 */
export async function withSharedLoader<T>(loader: FeedLoader, body: () => Promise<T>): Promise<T> {
  const holder = globalThis as typeof globalThis & { [loaderKey]?: FeedLoader };
  const original = sharedFeedLoader();
  holder[loaderKey] = loader;
  try {
    return await body();
  } finally {
    loader.clear();
    holder[loaderKey] = original;
  }
}

export { FeedLoader };
