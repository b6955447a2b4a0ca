// Many elements on one page: elements on different feeds keep their own data, and 50 elements
// make one request per feed URL (counted by the test server). SYNTHETIC data only.
import type { PublicFeed } from "@zhucan/domain";
import { describe, expect, it } from "vitest";
import type { ZcElement } from "../../src/base/zc-element.js";
import "../../src/index.js";
import { blobFeedUrl, feedUrl, mount, requestCount } from "../fixtures.js";
import { makeFeed } from "../make-feed.js";
import { deepText, elementTags, guardPage } from "./hostile.js";

/** A second synthetic feed, told apart by its source and its headline figure (9,999). */
function otherFeed(): PublicFeed {
  const base = makeFeed();
  return {
    ...base,
    source: { "zh-CN": "第二份合成数据", en: "second synthetic feed" },
    series: base.series.map((s) =>
      s.indicator === "youths-covered" && s.region === "440000"
        ? { ...s, values: [...s.values.slice(0, -1), 9999] }
        : s,
    ),
  };
}

/** `count` elements cycling through every tag, all on `src`. */
function manyElements(count: number, src: string): ZcElement[] {
  return Array.from({ length: count }, (_, i) => {
    const el = document.createElement(elementTags[i % elementTags.length] as string) as ZcElement;
    el.setAttribute("src", src);
    return el;
  });
}

describe("many elements on one page", () => {
  it("keep the data of their own feed when two feeds share the page", async () => {
    const a = feedUrl("feed.json");
    const b = blobFeedUrl(JSON.stringify(otherFeed()));
    const elements = await Promise.all(
      elementTags.flatMap((tag) => [
        mount<ZcElement>(tag, { src: a }),
        mount<ZcElement>(tag, { src: b }),
      ]),
    );
    elements.forEach((el, i) => {
      const mine = i % 2 === 0 ? "合成测试数据" : "第二份合成数据";
      const theirs = i % 2 === 0 ? "第二份合成数据" : "合成测试数据";
      expect(el.state).toBe("ready");
      expect(deepText(el), el.localName).toContain(`来源：${mine}`);
      expect(deepText(el), el.localName).not.toContain(`来源：${theirs}`);
    });
    const [statA, statB] = elements;
    expect(deepText(statA as ZcElement)).toContain("4,720");
    expect(deepText(statA as ZcElement)).not.toContain("9,999");
    expect(deepText(statB as ZcElement)).toContain("9,999");
  }, 60_000);

  it("make exactly one request per feed URL for 50 elements, and one more for a shared reload", async () => {
    const guard = guardPage();
    try {
      const started = performance.now();
      const one = manyElements(50, feedUrl("feed.json", "many-a"));
      const two = manyElements(50, feedUrl("feed.json", "many-b"));
      document.body.append(...one, ...two);
      const states = await Promise.all([...one, ...two].map((el) => el.whenSettled()));
      const allReady = performance.now() - started;
      expect(states.every((s) => s === "ready")).toBe(true);
      expect(await requestCount("many-a")).toBe(1);
      expect(await requestCount("many-b")).toBe(1);

      // Elements added after the load use the copy the page has: no request.
      const late = manyElements(8, one[0]?.getAttribute("src") ?? "");
      document.body.append(...late);
      await Promise.all(late.map((el) => el.whenSettled()));
      expect(await requestCount("many-a")).toBe(1);

      // Fifty reloads at once share one request.
      expect(new Set(await Promise.all(one.map((el) => el.reload())))).toEqual(new Set(["ready"]));
      expect(await requestCount("many-a")).toBe(2);
      expect(guard.errors).toEqual([]);
      console.info(`100 elements on two feeds ready in ${Math.round(allReady)} ms`);
    } finally {
      guard.stop();
    }
  }, 120_000);
});
