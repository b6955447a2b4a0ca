// Elements given malformed feeds, as a property (`.feed = bad`) and through `src`: they show
// their error state and nothing uncaught reaches the page. SYNTHETIC data only.
import { parseFeed } from "@zhucan/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ZcElement } from "../../src/base/zc-element.js";
import { feedLoaderDefaults, sharedFeedLoader } from "../../src/feed/feed-loader.js";
import "../../src/index.js";
import { blobFeedUrl, mount, shadow } from "../fixtures.js";
import { makeFeed, makeFeedJson } from "../make-feed.js";
import { elementTags, guardPage } from "./hostile.js";
import { deeplyNestedJson, fiftyMegabyteFeedJson, malformedFeed } from "./malformed-feeds.js";

function expectErrorState(el: ZcElement, what: string): void {
  expect(el.state, `<${el.localName}> given ${what}`).toBe("error");
  expect(shadow(el).querySelector("[role=alert]"), what).not.toBeNull();
}

async function expectErrorsOnly(
  make: () => Promise<ZcElement[]>,
  what: string,
): Promise<ZcElement[]> {
  const guard = guardPage();
  try {
    const elements = await make();
    for (const el of elements) expectErrorState(el, what);
    // Let anything scheduled after the load (events, timers) run before checking the page.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(guard.errors).toEqual([]);
    return elements;
  } finally {
    guard.stop();
  }
}

describe("elements given a malformed feed", () => {
  it("show their error state for 1,000 generated feeds given as .feed, with nothing uncaught", async () => {
    const guard = guardPage();
    try {
      await fc.assert(
        fc.asyncProperty(malformedFeed, fc.constantFrom(...elementTags), async (bad, tag) => {
          const el = await mount<ZcElement>(tag, {}, { feed: bad.feed });
          expectErrorState(el, bad.what);
          el.remove();
        }),
        { numRuns: 1000 },
      );
      expect(guard.errors).toEqual([]);
    } finally {
      guard.stop();
    }
  }, 300_000);

  it("show their error state for 150 generated feeds loaded through src, with nothing uncaught", async () => {
    const guard = guardPage();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            malformedFeed.map((bad) => ({ what: bad.what, text: JSON.stringify(bad.feed) ?? "" })),
            fc.string().map((text) => ({ what: "arbitrary text", text })),
            fc.nat({ max: 20_000 }).map((cut) => ({
              what: `the feed cut after ${cut} characters`,
              text: makeFeedJson().slice(0, cut),
            })),
          ),
          fc.constantFrom(...elementTags),
          async ({ what, text }, tag) => {
            // JSON.stringify turns NaN into null and drops undefined: keep only texts still invalid.
            let json: unknown;
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
            fc.pre(json === undefined || !parseFeed(json).ok);
            const el = await mount<ZcElement>(tag, { src: blobFeedUrl(text) });
            expectErrorState(el, what);
            expect(["invalid-json", "invalid-feed"]).toContain(el.feedError?.kind);
            el.remove();
          },
        ),
        { numRuns: 150 },
      );
      expect(guard.errors).toEqual([]);
    } finally {
      guard.stop();
    }
  }, 300_000);

  it("show their error state for 100,000 levels of nested arrays, as .feed and through src", async () => {
    const text = deeplyNestedJson(100_000);
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    await expectErrorsOnly(
      () =>
        Promise.all([
          mount<ZcElement>("zc-stat", {}, { feed: deep }),
          mount<ZcElement>("zc-dashboard", { src: blobFeedUrl(text) }),
        ]),
      "100,000 levels of nesting",
    );
  }, 60_000);

  it("refuse a 50 MB feed loaded through src as too large, before reading it all", async () => {
    const url = blobFeedUrl(fiftyMegabyteFeedJson());
    const [stat] = await expectErrorsOnly(
      () => Promise.all([mount<ZcElement>("zc-stat", { src: url })]),
      "a 50 MB feed",
    );
    expect(stat?.feedError?.kind).toBe("too-large");
    expect(stat?.feedError?.limit).toBe(feedLoaderDefaults.maxBytes);
    // Refused on its declared length (the error says the size): a body read to the end and then
    // refused would leave the size unknown.
    expect(stat?.feedError?.size).toBe(new Blob([fiftyMegabyteFeedJson()]).size);
  }, 120_000);

  it("show the problems of a 50 MB feed when the page has raised the size limit", async () => {
    const text = fiftyMegabyteFeedJson();
    expect(text.length).toBeGreaterThan(50_000_000);
    const url = blobFeedUrl(text);
    sharedFeedLoader().configure({ maxBytes: 64 * 2 ** 20 });
    try {
      const [stat] = await expectErrorsOnly(
        () => Promise.all([mount<ZcElement>("zc-stat", { src: url })]),
        "a 50 MB feed under a 64 MB limit",
      );
      expect(stat?.feedError?.problems.map((p) => p.path.join("."))).toEqual([
        "corrections.99999.current",
      ]);
    } finally {
      sharedFeedLoader().configure({ maxBytes: feedLoaderDefaults.maxBytes });
    }
  }, 120_000);

  it.each<[string, () => unknown]>([
    [
      "a cyclic feed",
      () => {
        const feed = structuredClone(makeFeed()) as unknown as Record<string, unknown>;
        feed.publisher = { name: feed };
        return feed;
      },
    ],
    [
      "a feed whose getter throws",
      () =>
        Object.defineProperty(structuredClone(makeFeed()), "series", {
          enumerable: true,
          get() {
            throw new Error("hostile getter");
          },
        }),
    ],
    [
      "a proxy whose every trap throws",
      () =>
        new Proxy(makeFeed(), {
          get() {
            throw new Error("get");
          },
          ownKeys() {
            throw new Error("ownKeys");
          },
          getOwnPropertyDescriptor() {
            throw new Error("getOwnPropertyDescriptor");
          },
          has() {
            throw new Error("has");
          },
        }),
    ],
    [
      "a revoked proxy",
      () => {
        const { proxy, revoke } = Proxy.revocable(makeFeed(), {});
        revoke();
        return proxy;
      },
    ],
    ["a string holding the feed's JSON", () => makeFeedJson()],
    ["a number", () => 42],
    ["a function", () => () => makeFeed()],
  ])(
    "show their error state for %s given as .feed",
    async (what, make) => {
      await expectErrorsOnly(
        () => Promise.all(elementTags.map((tag) => mount<ZcElement>(tag, {}, { feed: make() }))),
        what,
      );
    },
    60_000,
  );

  it("are not fooled by a __proto__ key in JSON, and it pollutes nothing", async () => {
    const text = makeFeedJson().replace(/^\{/, '{"__proto__":{"zcPolluted":1,"sample":false},');
    await expectErrorsOnly(
      () => Promise.all([mount<ZcElement>("zc-stat", { src: blobFeedUrl(text) })]),
      "a __proto__ key",
    );
    expect(({} as Record<string, unknown>).zcPolluted).toBeUndefined();
  });
});
