// The feed validator is a chunk loaded on demand (SYNTHETIC data only). These tests run in a
// page of their own (vitest isolates test files), so the chunk is fetched here first.
import { describe, expect, it } from "vitest";
import { feedUrl, mount, shadow } from "../../test/fixtures.js";
import { makeFeed } from "../../test/make-feed.js";
import type { ZcElement } from "../base/zc-element.js";
import "../components/needs-breakdown/index.js";
import "../components/phase-timeline/index.js";
import "../components/stat/index.js";
import "../components/target-progress/index.js";

const tags = ["zc-stat", "zc-target-progress", "zc-phase-timeline", "zc-needs-breakdown"];

const requests = (pattern: RegExp) =>
  performance
    .getEntriesByType("resource")
    .filter((e): e is PerformanceResourceTiming => pattern.test(e.name));
const validatorRequests = () => requests(/\/feed\/feed-validator\.(ts|js)\b/);

describe("the feed validator chunk", () => {
  it("is not loaded with the elements, then loaded once for a page of several elements, while the feeds load", async () => {
    expect(validatorRequests()).toEqual([]);
    const sources = tags.map(() => feedUrl("slow/400"));
    const elements = await Promise.all(
      tags.map((tag, i) => mount<ZcElement>(tag, { src: sources[i] ?? "" })),
    );
    expect(elements.map((el) => el.state)).toEqual(["ready", "ready", "ready", "ready"]);
    const [validator, ...more] = validatorRequests();
    expect(more).toEqual([]);
    // Requested while the feeds were still on their way (each takes 400 ms to answer). A feed's
    // timing entry may be recorded a little after the loader has read its last byte.
    const slowFeeds = /\/__zc\/slow\/400/;
    await expect.poll(() => requests(slowFeeds).length).toBe(4);
    const feeds = requests(slowFeeds);
    expect(validator?.startTime).toBeLessThan(Math.min(...feeds.map((f) => f.responseStart)));
  });

  it.each(tags)(
    "still validates: <%s> shows an invalid feed as an error, with the problems",
    async (tag) => {
      const el = await mount<ZcElement>(tag, { src: feedUrl("invalid-feed"), lang: "en" });
      expect(el.state).toBe("error");
      expect(el.feedError?.kind).toBe("invalid-feed");
      expect(el.feedError?.problems.length).toBeGreaterThan(0);
      expect(shadow(el).querySelector("[role=alert]")?.textContent).toContain(
        "does not follow the public feed format",
      );
    },
  );

  it.each(tags)(
    "validates a feed given as a property: <%s> refuses an invalid one",
    async (tag) => {
      const { asOf: _dropped, ...withoutAsOf } = makeFeed();
      const el = await mount<ZcElement>(tag, {}, { feed: withoutAsOf });
      expect(el.state).toBe("error");
      expect(el.feedError?.problems.map((p) => p.path.join("."))).toContain("asOf");
    },
  );

  it("once loaded, validates a feed property in the same update (no loading state)", async () => {
    const el = document.createElement("zc-stat") as ZcElement;
    el.feed = makeFeed();
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).toBe("ready");
  });
});
