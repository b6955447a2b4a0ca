// Helpers for the browser tests of every element (SYNTHETIC data only).
import type { PublicFeed } from "@zhucan/domain";
import { sharedFeedLoader } from "../src/feed/feed-loader.js";
import { makeFeedJson } from "./make-feed.js";

let serial = 0;

/**
 * A URL of the test feed server (see test/feed-server.ts) that no earlier test has used, so the
 * shared loader's copy from another test never answers for it. `key` counts requests.
 *
 * @example
 * feedUrl("feed.json") //=> "/__zc/feed.json?t=1"
 */
export function feedUrl(route: string, key?: string): string {
  serial += 1;
  const query = new URLSearchParams({ t: `${Date.now()}-${serial}` });
  if (key) query.set("k", key);
  return `/__zc/${route}?${query}`;
}

/** How many requests the test server counted under `key`. */
export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/__zc/count?k=${encodeURIComponent(key)}`);
  return ((await response.json()) as { count: number }).count;
}

/** A `blob:` URL holding the synthetic feed (or any JSON text). */
export function blobFeedUrl(json: string = makeFeedJson()): string {
  return URL.createObjectURL(new Blob([json], { type: "application/json" }));
}

/**
 * Creates an element with attributes and properties, attaches it and waits until its feed has
 * settled and been drawn.
 *
 * @example
 * const el = await mount<ZcStat>("zc-stat", { src: feedUrl("feed.json") });
 */
export async function mount<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string> = {},
  properties: { feed?: PublicFeed | unknown } & Record<string, unknown> = {},
  container: HTMLElement = document.body,
): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  container.append(element);
  const settled = (element as unknown as { whenSettled?: () => Promise<unknown> }).whenSettled;
  if (settled) await settled.call(element);
  return element;
}

/** Removes what a test attached and forgets the shared loader's feeds. */
export function cleanUp(): void {
  document.body.replaceChildren();
  sharedFeedLoader().clear();
}

/** The shadow root of an element (asserting it exists). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}
