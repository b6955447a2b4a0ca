import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectNoAxeViolations } from "../../../test/axe.js";
import { describeElementContract } from "../../../test/element-contract.js";
import { feedUrl, mount, shadow } from "../../../test/fixtures.js";
import { makeFeed } from "../../../test/make-feed.js";
import "./index.js";
import type { ZcReportTracker } from "./report-tracker.js";

// The feed is SYNTHETIC (test/make-feed.ts): 6 reporting units × 8 months.

const mountTracker = (attributes: Record<string, string> = {}, feed = makeFeed()) =>
  mount<ZcReportTracker>("zc-report-tracker", attributes, { feed });
const active = (el: Element) => shadow(el).activeElement as HTMLElement;
const position = (el: Element) => [
  Number(active(el).dataset.row),
  Number(active(el).dataset.column),
];

describeElementContract("zc-report-tracker", {
  zh: "各单位月报报送情况",
  en: "Monthly reports by reporting unit",
  emptyAttributes: {},
  feedForEmpty: () => makeFeed({ timeliness: [] }),
});

describe("<zc-report-tracker>", () => {
  it.each(["light", "dark"])(
    "has no axe violations (%s theme), table open or not",
    async (theme) => {
      const el = await mountTracker({ theme });
      await expectNoAxeViolations(el);
      el.toggleTable(true);
      await el.updateComplete;
      await expectNoAxeViolations(el);
    },
  );

  it("loads the feed from src and draws one row per reporting unit, in code order", async () => {
    const el = await mount<ZcReportTracker>("zc-report-tracker", { src: feedUrl("feed.json") });
    expect(el.state).toBe("ready");
    const units = [...shadow(el).querySelectorAll(".grid tbody th")].map((th) => th.textContent);
    expect(units).toEqual(["广州市", "佛山市", "顺德区", "湛江市", "梅州市", "清远市"]);
    expect(shadow(el).querySelectorAll(".grid td[role=gridcell]")).toHaveLength(48);
  });

  it.each([
    [2, 0, "missing", "✕", "未报"],
    [1, 1, "late", "!", "迟报"],
    [0, 0, "on-time", "✓", "按时"],
  ])(
    "shows unit %i in month %i as %s with the symbol %s and the word %s",
    async (row, column, kind, symbol, word) => {
      const el = await mountTracker();
      const cell = shadow(el).querySelector(`td[data-row="${row}"][data-column="${column}"]`);
      expect(cell?.classList.contains(kind)).toBe(true);
      expect(cell?.querySelector("[aria-hidden=true]")?.textContent).toBe(symbol);
      expect(cell?.querySelector(".sr-only")?.textContent).toBe(word);
    },
  );

  it("heads each month with its full name for screen readers", async () => {
    const el = await mountTracker({ lang: "en" });
    const heads = [...shadow(el).querySelectorAll(".grid thead th")].map((th) =>
      th.textContent?.replace(/\s+/g, " ").trim(),
    );
    expect(heads.slice(0, 3)).toEqual(["Unit", "2016AugAugust 2016", "SepSeptember 2016"]);
    expect(heads[6]).toBe("2017JanJanuary 2017");
  });

  it.each([
    [
      "zh-CN",
      "2016年8月至2017年3月，6 个报送单位应报月报 48 份，按时 39 份（81%），迟报 6 份，未报 3 份；2017年3月未报：清远市。",
    ],
    [
      "en",
      "August 2016 to March 2017: 6 reporting units sent 39 of 48 monthly reports on time (81%), 6 late and 3 missing; for March 2017, Qingyuan has not reported.",
    ],
  ])("sums up the reports in one sentence (%s)", async (lang, sentence) => {
    const el = await mountTracker({ lang });
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(sentence);
  });

  it("shows only the latest months when asked, every month with 0", async () => {
    const three = await mountTracker({ months: "3" });
    expect(shadow(three).querySelectorAll('td[data-row="0"][role=gridcell]')).toHaveLength(3);
    const all = await mountTracker({ months: "0" });
    expect(shadow(all).querySelectorAll('td[data-row="0"][role=gridcell]')).toHaveLength(8);
  });

  it("counts on-time reports per unit and in the legend", async () => {
    const el = await mountTracker({ lang: "en" });
    const counts = [...shadow(el).querySelectorAll(".grid tbody td.count")].map((td) =>
      td.textContent?.trim(),
    );
    expect(counts).toEqual(["8/8", "7/8", "6/8", "5/8", "7/8", "6/8"]);
    const legend = shadow(el).querySelector("[part=legend]")?.textContent?.replace(/\s+/g, " ");
    expect(legend).toContain("On time (39)");
    expect(legend).toContain("Missing (3)");
  });

  it("moves between cells with the arrow keys, Home, End, Ctrl+Home and Ctrl+End", async () => {
    const el = await mountTracker();
    const first = shadow(el).querySelector<HTMLElement>('td[tabindex="0"]') as HTMLElement;
    expect(shadow(el).querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    first.focus();
    expect(position(el)).toEqual([0, 0]);
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowDown}");
    expect(position(el)).toEqual([1, 2]);
    expect(first.getAttribute("tabindex")).toBe("-1");
    await userEvent.keyboard("{End}");
    expect(position(el)).toEqual([1, 7]);
    await userEvent.keyboard("{ArrowRight}");
    expect(position(el)).toEqual([1, 7]);
    await userEvent.keyboard("{Home}");
    expect(position(el)).toEqual([1, 0]);
    await userEvent.keyboard("{Control>}{End}{/Control}");
    expect(position(el)).toEqual([5, 7]);
    await userEvent.keyboard("{Control>}{Home}{/Control}{ArrowUp}{ArrowLeft}");
    expect(position(el)).toEqual([0, 0]);
  });

  it("is one tab stop, returning to the cell last visited", async () => {
    const el = await mountTracker();
    const before = document.createElement("button");
    before.textContent = "before";
    document.body.prepend(before);
    before.focus();
    await userEvent.tab();
    expect(active(el).getAttribute("role")).toBe("gridcell");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await userEvent.tab();
    expect(active(el).getAttribute("role")).not.toBe("gridcell");
    await userEvent.tab({ shift: true });
    expect(position(el)).toEqual([2, 0]);
  });

  it("says so when the feed records no reports", async () => {
    const el = await mountTracker({ lang: "en" }, makeFeed({ timeliness: [] }));
    expect(el.state).toBe("empty");
    expect(shadow(el).textContent).toContain("The data have no record of reports received.");
    await expectNoAxeViolations(el);
  });

  it("shows the error state when the feed cannot be loaded", async () => {
    const el = await mount<ZcReportTracker>("zc-report-tracker", { src: feedUrl("invalid-json") });
    expect(el.state).toBe("error");
  });

  it("exports the grid as an SVG image with its symbols", async () => {
    const el = await mountTracker();
    let blob: Blob | undefined;
    el.addEventListener("zc-download", (e) => {
      e.preventDefault();
      blob = e.detail.blob;
    });
    await el.downloadSvg();
    const text = (await blob?.text()) ?? "";
    expect(text).toContain("清远市");
    expect(text.match(/✕/g)).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shadow(el).querySelector(":scope > svg")).toBeNull();
  });

  it("scrolls a grid wider than the page inside its own scroller, never the page", async () => {
    // 160 px: narrower than the 8-month grid, as 29 months are narrower than a 320 px phone.
    const wrapper = document.createElement("div");
    wrapper.style.width = "160px";
    document.body.append(wrapper);
    const el = await mount<ZcReportTracker>("zc-report-tracker", {}, { feed: makeFeed() }, wrapper);
    await new Promise((r) => requestAnimationFrame(r));
    const scroller = shadow(el).querySelector<HTMLElement>(".scroller");
    expect(scroller?.scrollWidth).toBeGreaterThan(160);
    expect(shadow(el).querySelector<HTMLElement>("[part=base]")?.scrollWidth).toBeLessThanOrEqual(
      160,
    );
  });
});
