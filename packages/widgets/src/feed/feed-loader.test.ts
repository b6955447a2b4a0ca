import { describe, expect, it, vi } from "vitest";
import { blobFeedUrl, feedUrl, requestCount } from "../../test/fixtures.js";
import { makeFeedJson } from "../../test/make-feed.js";
import { FeedLoader, feedLoaderDefaults, resolveFeedUrl, sharedFeedLoader } from "./feed-loader.js";

describe("FeedLoader", () => {
  it("loads and validates the synthetic feed over HTTP", async () => {
    const load = await new FeedLoader().load(feedUrl("feed.json"));
    expect(load.state).toBe("ready");
    expect(load.state === "ready" && load.feed.sample).toBe(true);
  });

  it("makes one request for concurrent and repeated loads of one URL", async () => {
    const loader = new FeedLoader();
    const url = feedUrl("slow/100", "dedupe");
    const loads = await Promise.all([loader.load(url), loader.load(url), loader.load(url)]);
    await loader.load(url);
    expect(loads.map((l) => l.state)).toEqual(["ready", "ready", "ready"]);
    expect(await requestCount("dedupe")).toBe(1);
  });

  it("treats relative and absolute forms of a URL as one", async () => {
    const loader = new FeedLoader();
    const url = feedUrl("feed.json", "same-url");
    await Promise.all([loader.load(url), loader.load(resolveFeedUrl(url))]);
    expect(await requestCount("same-url")).toBe(1);
  });

  it("requests again on refresh", async () => {
    const loader = new FeedLoader();
    const url = feedUrl("feed.json", "refresh");
    await loader.load(url);
    await loader.load(url, { refresh: true });
    expect(await requestCount("refresh")).toBe(2);
  });

  it.each([
    ["status/404", "http-status", 404],
    ["status/500", "http-status", 500],
    ["invalid-json", "invalid-json", undefined],
    ["invalid-feed", "invalid-feed", undefined],
  ])("reports %s as a %s error", async (route, kind, status) => {
    const load = await new FeedLoader().load(feedUrl(route));
    expect(load.state).toBe("error");
    if (load.state !== "error") return;
    expect(load.error.kind).toBe(kind);
    expect(load.error.status).toBe(status);
    expect(load.error.message["zh-CN"]).not.toBe("");
  });

  it("lists parseFeed's problems for an invalid feed", async () => {
    const load = await new FeedLoader().load(feedUrl("invalid-feed"));
    expect(load.state === "error" && load.error.problems.length).toBeGreaterThan(0);
  });

  it("reports a network failure as network", async () => {
    const url = blobFeedUrl();
    URL.revokeObjectURL(url);
    const load = await new FeedLoader().load(url);
    expect(load.state === "error" && load.error.kind).toBe("network");
  });

  it("gives up after the timeout", async () => {
    const load = await new FeedLoader({ timeoutMs: 50 }).load(feedUrl("slow/2000"));
    expect(load.state === "error" && load.error.kind).toBe("timeout");
    expect(load.state === "error" && load.error.message.en).toContain("did not answer");
  });

  it("resolves an aborted load as aborted and stops the request nobody waits for", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const loader = new FeedLoader();
    const controller = new AbortController();
    const pending = loader.load(feedUrl("slow/2000"), { signal: controller.signal });
    controller.abort();
    const load = await pending;
    expect(load.state === "error" && load.error.kind).toBe("aborted");
    const signal = fetchSpy.mock.calls[0]?.[1]?.signal;
    expect(signal?.aborted).toBe(true);
    fetchSpy.mockRestore();
  });

  it("keeps the request going while another caller still waits", async () => {
    const loader = new FeedLoader();
    const url = feedUrl("slow/100");
    const controller = new AbortController();
    const first = loader.load(url, { signal: controller.signal });
    const second = loader.load(url);
    controller.abort();
    expect((await first).state).toBe("error");
    expect((await second).state).toBe("ready");
  });

  it("does not remember an aborted load", async () => {
    const loader = new FeedLoader();
    const url = feedUrl("slow/100");
    const controller = new AbortController();
    const first = loader.load(url, { signal: controller.signal });
    controller.abort();
    await first;
    expect((await loader.load(url)).state).toBe("ready");
  });

  it("shows the last good copy, marked stale, when a refresh fails", async () => {
    const loader = new FeedLoader();
    const url = feedUrl(`flaky/${Math.random()}`);
    expect((await loader.load(url)).state).toBe("ready");
    const refreshed = await loader.load(url, { refresh: true });
    expect(refreshed.state).toBe("stale");
    expect(refreshed.state === "stale" && refreshed.error.status).toBe(503);
    expect(loader.peek(url)?.state).toBe("stale");
  });

  it("is one loader per page", () => {
    expect(sharedFeedLoader()).toBe(sharedFeedLoader());
  });
});

describe("FeedLoader size limit (maxBytes)", () => {
  // The synthetic test feed, as served over HTTP, is a few KB: limits just under and over its
  // size stand for "a 56 MB document" and "the default 8 MB" without sending megabytes.
  const feedBytes = new TextEncoder().encode(makeFeedJson()).byteLength;

  // The test server's real HTTP response, streamed on without its Content-Length, as a server
  // that declares no length (or compresses on the fly) sends it.
  const withoutLength: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    return new Response(response.body, { status: response.status });
  };

  it.each([
    ["declared in Content-Length", undefined, true],
    ["counted while reading (no Content-Length)", withoutLength, false],
  ])("refuses a feed over the limit %s as too-large", async (_, doFetch, declared) => {
    const maxBytes = feedBytes - 1;
    const loader = new FeedLoader(doFetch ? { maxBytes, fetch: doFetch } : { maxBytes });
    const url = feedUrl("feed.json");
    const load = await loader.load(url);
    expect(load.state).toBe("error");
    if (load.state !== "error") return;
    expect(load.error.kind).toBe("too-large");
    expect(load.error.limit).toBe(maxBytes);
    if (declared) expect(load.error.size).toBe(feedBytes);
    else expect(load.error.size).toBeUndefined();
    expect(load.error.message.en).toContain(new URL(url, location.href).href);
    expect(load.error.message.en).toContain(
      declared ? `(${Math.ceil(feedBytes / 1024)} KB; the limit is` : "(over the limit of",
    );
    expect(load.error.message["zh-CN"]).toContain(new URL(url, location.href).href);
  });

  it.each([
    ["with Content-Length", undefined],
    ["without Content-Length", withoutLength],
  ])("reads a feed of exactly the limit (%s)", async (_, doFetch) => {
    const maxBytes = feedBytes;
    const loader = new FeedLoader(doFetch ? { maxBytes, fetch: doFetch } : { maxBytes });
    expect((await loader.load(feedUrl("feed.json"))).state).toBe("ready");
  });

  it("reads multi-byte text split across chunks intact", async () => {
    const json = makeFeedJson();
    const bytes = new TextEncoder().encode(json);
    // One byte per chunk: every Chinese character is split between chunks.
    const trickle: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
            controller.close();
          },
        }),
      );
    const load = await new FeedLoader({ fetch: trickle }).load(feedUrl("feed.json"));
    expect(load.state === "ready" && JSON.stringify(load.feed)).toBe(
      JSON.stringify(JSON.parse(json)),
    );
  });

  it("takes a raised limit from configure() for later requests", async () => {
    const loader = new FeedLoader({ maxBytes: 10 });
    expect((await loader.load(feedUrl("feed.json"))).state).toBe("error");
    loader.configure({ maxBytes: feedBytes });
    expect((await loader.load(feedUrl("feed.json"))).state).toBe("ready");
  });

  it("defaults to 8 MB", () => {
    expect(feedLoaderDefaults.maxBytes).toBe(8 * 1024 * 1024);
  });
});
