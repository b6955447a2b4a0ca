import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { expectNoAxeViolations } from "../../test/axe.js";
import { cleanUp, feedUrl, mount, shadow } from "../../test/fixtures.js";
import { makeFeed } from "../../test/make-feed.js";
import type { ZcTestView } from "../../test/zc-test-view.js";
import "../../test/zc-test-view.js";
import { feedLoaderDefaults, sharedFeedLoader } from "../feed/feed-loader.js";
import type { ZcDownloadDetail } from "./events.js";

const text = (el: Element) => shadow(el).textContent?.replace(/\s+/g, " ") ?? "";

describe("ZcElement", () => {
  it.each(["light", "dark"])("has no axe violations (%s)", async (theme) => {
    const el = await mount<ZcTestView>("zc-test-view", { src: feedUrl("feed.json"), theme });
    await expectNoAxeViolations(el);
    el.toggleTable(true);
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it("has no axe violations in its error and empty states", async () => {
    const failed = await mount<ZcTestView>("zc-test-view", { src: feedUrl("invalid-feed") });
    const empty = await mount<ZcTestView>("zc-test-view");
    await expectNoAxeViolations(failed);
    await expectNoAxeViolations(empty);
  });

  it("shows the loading state, then the view", async () => {
    const el = document.createElement("zc-test-view") as ZcTestView;
    el.src = feedUrl("slow/200");
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).toBe("loading");
    expect(text(el)).toContain("正在加载数据");
    expect(await el.whenSettled()).toBe("ready");
    expect(text(el)).toContain("广东省: 4,720");
  });

  it("shows provenance with the synthetic-data label", async () => {
    const el = await mount<ZcTestView>("zc-test-view", { src: feedUrl("feed.json"), lang: "en" });
    const provenance = shadow(el).querySelector("[part=provenance]")?.textContent ?? "";
    expect(provenance).toContain("Source: synthetic test data");
    expect(provenance).toContain("Data as of: March 2017");
    expect(provenance).toContain("Synthetic sample data");
  });

  it("takes the feed as a property and validates it", async () => {
    const good = await mount<ZcTestView>("zc-test-view", {}, { feed: makeFeed() });
    const bad = await mount<ZcTestView>("zc-test-view", {}, { feed: { nonsense: true } });
    expect(good.state).toBe("ready");
    expect(bad.state).toBe("error");
    expect(bad.feedError?.kind).toBe("invalid-feed");
  });

  // A bad feed's problems wait for their words; the answer must still reach an element whose
  // feed is a value unequal to itself.
  it.each([[Number.NaN], ["text"], [42]])(
    "shows the error state for %s given as the feed",
    async (feed) => {
      const el = await mount<ZcTestView>("zc-test-view", {}, { feed });
      expect(el.state).toBe("error");
      expect(el.feedError?.kind).toBe("invalid-feed");
    },
  );

  it.each([
    ["zh-CN", "status/404", "找不到数据文件（HTTP 404）"],
    ["en", "status/404", "The data file was not found (HTTP 404)"],
    ["en", "invalid-json", "not valid JSON"],
    ["en", "invalid-feed", "does not follow the public feed format"],
  ])("explains a failed load in %s (%s)", async (lang, route, words) => {
    const el = await mount<ZcTestView>("zc-test-view", { src: feedUrl(route), lang });
    expect(el.state).toBe("error");
    expect(shadow(el).querySelector("[role=alert]")?.textContent).toContain(words);
  });

  it.each([
    ["zh-CN", "过大"],
    ["en", "is too large"],
  ])(
    "refuses a feed over the loader's size limit, naming the URL and the size (%s)",
    async (lang, words) => {
      const loader = sharedFeedLoader();
      loader.configure({ maxBytes: 1024 });
      try {
        const url = feedUrl("feed.json");
        const el = await mount<ZcTestView>("zc-test-view", { src: url, lang });
        expect(el.state).toBe("error");
        expect(el.feedError?.kind).toBe("too-large");
        const alert = shadow(el).querySelector("[role=alert]")?.textContent ?? "";
        expect(alert).toContain(words);
        expect(alert).toContain(new URL(url, location.href).href);
        expect(alert).toContain("1 KB");
      } finally {
        loader.configure({ maxBytes: feedLoaderDefaults.maxBytes });
      }
    },
  );

  it("speaks zh-CN by default, whatever the page's lang", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "en";
    document.body.append(wrapper);
    const el = await mount<ZcTestView>("zc-test-view", {}, {}, wrapper);
    expect(el.locale).toBe("zh-CN");
    expect(text(el)).toContain("尚未指定数据源");
  });

  it("takes the lang of an enclosing zc- element", async () => {
    const outer = document.createElement("zc-test-view");
    outer.lang = "en";
    document.body.append(outer);
    const el = await mount<ZcTestView>("zc-test-view", {}, {}, outer);
    expect(el.locale).toBe("en");
  });

  it("says so when there is nothing to show", async () => {
    const el = await mount<ZcTestView>("zc-test-view", {
      src: feedUrl("feed.json"),
      indicator: "quality-projects",
    });
    expect(el.state).toBe("empty");
    expect(text(el)).toContain("no series for quality-projects");
  });

  it("keeps showing the data, marked stale, when a refresh fails", async () => {
    const el = await mount<ZcTestView>("zc-test-view", {
      src: feedUrl(`flaky/${Math.random()}`),
      lang: "en",
    });
    expect(await el.reload()).toBe("stale");
    expect(text(el)).toContain("These data may be out of date");
    expect(text(el)).toContain("Guangdong: 4,720");
  });

  it("toggles the table from the keyboard (Enter and Space) and says so", async () => {
    const el = await mount<ZcTestView>("zc-test-view", { src: feedUrl("feed.json") });
    const toggles: boolean[] = [];
    el.addEventListener("zc-table-toggle", (e) => toggles.push(e.detail.open));
    await userEvent.tab();
    const button = shadow(el).querySelector("button[aria-controls]");
    expect(shadow(el).activeElement).toBe(button);
    await userEvent.keyboard("{Enter}");
    expect(button?.getAttribute("aria-expanded")).toBe("true");
    await userEvent.keyboard(" ");
    expect(button?.getAttribute("aria-expanded")).toBe("false");
    expect(toggles).toEqual([true, false]);
  });

  it("keeps the table in the accessibility tree while it is hidden", async () => {
    const el = await mount<ZcTestView>("zc-test-view", { src: feedUrl("feed.json") });
    const table = shadow(el).querySelector("table");
    expect(table?.closest(".sr-only")).not.toBeNull();
    expect(table?.textContent).toContain("4,720");
  });

  it("offers the table as CSV (UTF-8 with BOM) through a cancellable event", async () => {
    const el = await mount<ZcTestView>("zc-test-view", { src: feedUrl("feed.json") });
    const downloads: ZcDownloadDetail[] = [];
    el.addEventListener("zc-download", (e) => {
      e.preventDefault();
      downloads.push(e.detail);
    });
    await el.downloadCsv();
    expect(downloads[0]?.filename).toBe("zc-test-view-youths-covered-440000-2017-03.csv");
    const bytes = new Uint8Array(await (downloads[0]?.blob.arrayBuffer() ?? new ArrayBuffer(0)));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await downloads[0]?.blob.text()).toContain("广东省,4720");
  });

  it("exports the chart as SVG with inline styles and provenance, and as PNG", async () => {
    const el = await mount<ZcTestView>("zc-test-view", { src: feedUrl("feed.json") });
    const downloads: ZcDownloadDetail[] = [];
    el.addEventListener("zc-download", (e) => {
      e.preventDefault();
      downloads.push(e.detail);
    });
    await el.downloadSvg();
    await el.downloadPng();
    const svgText = (await downloads[0]?.blob.text()) ?? "";
    expect(svgText).toContain("fill:rgb(0, 114, 178)");
    expect(svgText).toContain("示例数据（合成）");
    expect(svgText).not.toContain("var(");
    expect(downloads[1]?.blob.type).toBe("image/png");
    expect(downloads[1]?.blob.size).toBeGreaterThan(500);
  });

  it("aborts its load when removed, without an error", async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation((_input, init) => {
      signals.push(init?.signal);
      // Never answers: only the abort can end it.
      return new Promise((_, reject) =>
        init?.signal?.addEventListener("abort", () =>
          reject(new DOMException("The operation was aborted.", "AbortError")),
        ),
      );
    });
    try {
      const el = document.createElement("zc-test-view") as ZcTestView;
      el.src = feedUrl("feed.json");
      const events: string[] = [];
      el.addEventListener("zc-feed-error", () => events.push("zc-feed-error"));
      el.addEventListener("zc-feed-load", () => events.push("zc-feed-load"));
      document.body.append(el);
      await el.updateComplete;
      expect(signals).toHaveLength(1);
      expect(signals[0]?.aborted).toBe(false);
      el.remove();
      expect(signals[0]?.aborted).toBe(true);
      await el.whenSettled();
      expect(events).toEqual([]);
    } finally {
      fetchSpy.mockRestore();
      cleanUp();
    }
  });
});
