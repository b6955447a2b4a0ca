// The behaviour every zc- element shares, as one suite each element's test file runs first
// (its first test is the axe check). SYNTHETIC data only.
import type { PublicFeed } from "@zhucan/domain";
import { describe, expect, it } from "vitest";
import { commands, userEvent } from "vitest/browser";
import type { ZcElement } from "../src/base/zc-element.js";
import { expectNoAxeViolations } from "./axe.js";
import { feedUrl, mount, shadow } from "./fixtures.js";

/** What the shared suite needs to know about an element. */
export interface ContractOptions {
  /** Attributes that make the element show nothing (e.g. `{ indicator: "quality-projects" }`). */
  readonly emptyAttributes: Record<string, string>;
  /** A feed with nothing for the element to show, when attributes alone cannot empty it. */
  readonly feedForEmpty?: () => PublicFeed;
  /** Words the default view shows in zh-CN and in en. */
  readonly zh: string;
  readonly en: string;
  /** Extra attributes for every mount. */
  readonly attributes?: Record<string, string>;
}

/** Text of the element's shadow root, whitespace collapsed. */
export function shownText(el: Element): string {
  return shadow(el).textContent?.replace(/\s+/g, " ") ?? "";
}

/** Runs the shared accessibility, state, language, keyboard and event tests for `tag`. */
export function describeElementContract(tag: string, options: ContractOptions): void {
  const attrs = (more: Record<string, string> = {}) => ({
    src: feedUrl("feed.json"),
    ...options.attributes,
    ...more,
  });

  describe(`<${tag}> (shared behaviour)`, () => {
    it.each(["light", "dark"])(
      "has no axe violations (%s theme, table closed and open)",
      async (theme) => {
        const el = await mount<ZcElement>(tag, attrs({ theme }));
        expect(el.state).toBe("ready");
        await expectNoAxeViolations(el);
        el.toggleTable(true);
        await el.updateComplete;
        await expectNoAxeViolations(el);
      },
    );

    it("follows the reader's dark setting unless theme=light, with no axe violations", async () => {
      await commands.emulateMedia({ colorScheme: "dark" });
      try {
        const system = await mount<ZcElement>(tag, attrs());
        const light = await mount<ZcElement>(tag, attrs({ theme: "light" }));
        expect(getComputedStyle(system).backgroundColor).toBe("rgb(22, 24, 29)");
        expect(getComputedStyle(light).backgroundColor).toBe("rgb(255, 255, 255)");
        await expectNoAxeViolations(system);
      } finally {
        await commands.emulateMedia({ colorScheme: null });
      }
    });

    it("renders the synthetic feed, with its provenance and sample label", async () => {
      const el = await mount<ZcElement>(tag, attrs());
      expect(shownText(el)).toContain(options.zh);
      expect(shownText(el)).toContain("示例数据（合成）");
      expect(shadow(el).querySelector("[part=summary]")?.textContent?.trim()).toMatch(/。$/);
    });

    it("speaks English with lang=en", async () => {
      const el = await mount<ZcElement>(tag, attrs({ lang: "en" }));
      expect(shownText(el)).toContain(options.en);
      expect(shownText(el)).toContain("Synthetic sample data");
      expect(shadow(el).querySelector("[part=summary]")?.textContent?.trim()).toMatch(/\.$/);
    });

    it("is reached by Tab, and Enter and Space toggle its table", async () => {
      const el = await mount<ZcElement>(tag, attrs());
      const toggle = shadow(el).querySelector<HTMLButtonElement>(
        "button[aria-controls=data-table]",
      );
      // Tab until the toggle has focus (an element may have controls of its own before it).
      for (let i = 0; i < 20 && shadow(el).activeElement !== toggle; i++) await userEvent.tab();
      expect(shadow(el).activeElement).toBe(toggle);
      await userEvent.keyboard("{Enter}");
      expect(toggle?.getAttribute("aria-expanded")).toBe("true");
      expect(shadow(el).querySelector("#data-table")?.classList.contains("sr-only")).toBe(false);
      await userEvent.keyboard(" ");
      expect(toggle?.getAttribute("aria-expanded")).toBe("false");
    });

    it("announces its feed, its table and its downloads with events", async () => {
      const el = document.createElement(tag) as ZcElement;
      for (const [k, v] of Object.entries(attrs())) el.setAttribute(k, v);
      const seen: string[] = [];
      for (const type of ["zc-feed-load", "zc-table-toggle", "zc-download"] as const) {
        document.addEventListener(
          type,
          (e) => {
            if (type === "zc-download") e.preventDefault();
            seen.push(`${type}:${e.composedPath()[0] === el}`);
          },
          { once: true },
        );
      }
      document.body.append(el);
      await el.whenSettled();
      el.toggleTable();
      await el.downloadCsv();
      expect(seen).toEqual(["zc-feed-load:true", "zc-table-toggle:true", "zc-download:true"]);
    });

    it.each([
      ["status/404", "找不到数据文件（HTTP 404）"],
      ["invalid-feed", "数据文件不符合公开数据格式"],
      ["invalid-json", "不是有效的 JSON"],
    ])("explains a failed load (%s) and fires zc-feed-error", async (route, words) => {
      const errors: string[] = [];
      document.addEventListener("zc-feed-error", (e) => errors.push(e.detail.error.kind), {
        once: true,
      });
      const el = await mount<ZcElement>(tag, attrs({ src: feedUrl(route) }));
      expect(el.state).toBe("error");
      expect(shadow(el).querySelector("[role=alert]")?.textContent).toContain(words);
      expect(errors).toHaveLength(1);
      await expectNoAxeViolations(el);
    });

    it("keeps its data, marked stale, when a refresh fails", async () => {
      const el = await mount<ZcElement>(tag, attrs({ src: feedUrl(`flaky/${Math.random()}`) }));
      expect(await el.reload()).toBe("stale");
      expect(shownText(el)).toContain("数据可能不是最新的");
      expect(shownText(el)).toContain(options.zh);
    });

    it("says so when there is nothing to show", async () => {
      const el = options.feedForEmpty
        ? await mount<ZcElement>(tag, options.emptyAttributes, { feed: options.feedForEmpty() })
        : await mount<ZcElement>(tag, attrs(options.emptyAttributes));
      expect(el.state).toBe("empty");
      const status = shadow(el).querySelector("[role=status]");
      expect(status).not.toBeNull();
      expect(status?.textContent).toMatch(/\S/);
      const none = await mount<ZcElement>(tag);
      expect(none.state).toBe("empty");
      expect(shownText(none)).toContain("尚未指定数据源");
    });

    it("fits 320 px without sideways scrolling", async () => {
      const wrapper = document.createElement("div");
      wrapper.style.width = "320px";
      document.body.append(wrapper);
      const el = await mount<ZcElement>(tag, attrs({ size: "xl" }), {}, wrapper);
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      const base = shadow(el).querySelector<HTMLElement>("[part=base]");
      expect(base?.scrollWidth).toBeLessThanOrEqual(320);
    });
  });
}
