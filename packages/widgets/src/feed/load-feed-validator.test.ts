// Loading the feed validator chunk, and what a load does when the chunk cannot be fetched
// (SYNTHETIC data only).
import { parseFeed } from "@zhucan/domain";
import { describe, expect, it } from "vitest";
import { feedUrl } from "../../test/fixtures.js";
import { makeFeed } from "../../test/make-feed.js";
import { FeedLoader } from "./feed-loader.js";
import {
  type FeedValidator,
  loadedFeedValidator,
  loadFeedValidator,
} from "./load-feed-validator.js";

describe("loadFeedValidator", () => {
  it("gives every caller the same validator, which refuses what is not a feed", async () => {
    const [a, b] = await Promise.all([loadFeedValidator(), loadFeedValidator()]);
    expect(a).toBe(b);
    expect(loadedFeedValidator()).toBe(a);
    expect((await a({})).ok).toBe(false);
    expect((await a("not a feed")).ok).toBe(false);
  });

  it("accepts a good feed at once, and words a bad one's problems as parseFeed does", async () => {
    const parse = await loadFeedValidator();
    const feed = makeFeed();
    expect(parse(feed)).toEqual(parseFeed(feed));
    const { asOf: _dropped, ...withoutAsOf } = feed;
    const bad = parse(withoutAsOf);
    expect(bad).toBeInstanceOf(Promise);
    expect(await bad).toEqual(parseFeed(withoutAsOf));
  });
});

describe("FeedLoader when the validator chunk cannot be fetched", () => {
  it("fails the load as validator-unavailable, never showing the feed unchecked", async () => {
    const loader = new FeedLoader({
      loadValidator: () =>
        Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
    });
    const load = await loader.load(feedUrl("feed.json"));
    expect(load.state).toBe("error");
    if (load.state !== "error") return;
    expect(load.error.kind).toBe("validator-unavailable");
    expect(load.error.message.en).toContain("The data checker could not be loaded");
    expect(load.error.message["zh-CN"]).toContain("无法加载数据校验程序");
  });

  it("loads the feed on a retry once the chunk can be fetched", async () => {
    let available = false;
    let asked = 0;
    const loader = new FeedLoader({
      loadValidator: () => {
        asked += 1;
        return available ? loadFeedValidator() : Promise.reject(new TypeError("offline"));
      },
    });
    const url = feedUrl("feed.json");
    expect((await loader.load(url)).state).toBe("error");
    available = true;
    expect((await loader.load(url, { refresh: true })).state).toBe("ready");
    expect(asked).toBe(2);
  });

  it("asks for the validator when the request starts, not after the answer", async () => {
    // The feed's answer is held back until the validator has been asked for: a loader that
    // asked only after the answer would never get one, and the load would not settle.
    let asked = 0;
    let release: (() => void) | undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const loader = new FeedLoader({
      fetch: async (input, init) => {
        await held;
        return fetch(input, init);
      },
      loadValidator: (): Promise<FeedValidator> => {
        asked += 1;
        return loadFeedValidator();
      },
    });
    const load = loader.load(feedUrl("feed.json"));
    expect(asked).toBe(1);
    release?.();
    expect((await load).state).toBe("ready");
    expect(asked).toBe(1);
  });

  it("gives up on a validator that never arrives at the time limit", async () => {
    const loader = new FeedLoader({ timeoutMs: 200, loadValidator: () => new Promise(() => {}) });
    const load = await loader.load(feedUrl("feed.json"));
    expect(load.state === "error" && load.error.kind).toBe("timeout");
  });
});
