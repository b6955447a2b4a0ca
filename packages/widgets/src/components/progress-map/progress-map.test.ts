import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { expectNoAxeViolations } from "../../../test/axe.js";
import { describeElementContract } from "../../../test/element-contract.js";
import { blobFeedUrl, feedUrl, mount, shadow } from "../../../test/fixtures.js";
import { makeFeed } from "../../../test/make-feed.js";
import "./index.js";
import type { ZcMapRegionSelectDetail, ZcProgressMap } from "./progress-map.js";

// Every feed and boundary file here is SYNTHETIC (test/make-feed.ts; unit squares as shapes).

const text = (el: Element) => shadow(el).textContent?.replace(/\s+/g, " ") ?? "";
const cells = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>("g.cell")];
const cellOf = (el: Element, code: string) =>
  shadow(el).querySelector<SVGGElement>(`g.cell[data-code="${code}"]`) as SVGGElement;
const mountMap = (attributes: Record<string, string> = {}) =>
  mount<ZcProgressMap>("zc-progress-map", attributes, { feed: makeFeed() });

/** A synthetic boundary file: one unit square per code, in degrees near Guangdong. */
function squaresGeoJson(codes: readonly string[]): string {
  return JSON.stringify({
    type: "FeatureCollection",
    features: codes.map((code, i) => ({
      type: "Feature",
      properties: { adcode: Number(code) },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [110 + i, 22],
            [111 + i, 22],
            [111 + i, 23],
            [110 + i, 23],
            [110 + i, 22],
          ],
        ],
      },
    })),
  });
}

// axe over 124 cells and a 124-row table can take longer than the default 15 s on a busy
// machine (the shared contract's checks included).
vi.setConfig({ testTimeout: 45_000 });

describeElementContract("zc-progress-map", {
  zh: "各县级单位服务覆盖青少年进度",
  en: "Youths covered by county: progress",
  emptyAttributes: { indicator: "nonsense" },
});

describe("<zc-progress-map>", () => {
  it.each([
    ["status", "light"],
    ["value", "dark"],
  ])(
    "has no axe violations coloured by %s (%s theme), table open or not",
    async (colorBy, theme) => {
      const el = await mountMap({ "color-by": colorBy, theme });
      await expectNoAxeViolations(el);
      el.toggleTable(true);
      await el.updateComplete;
      await expectNoAxeViolations(el);
    },
    // 124 cells and a 124-row table: axe needs longer than the default on a busy machine.
    30_000,
  );

  it("has no axe violations at city level, in English, with a tooltip shown", async () => {
    const el = await mountMap({ level: "city", lang: "en" });
    cellOf(el, "441400").focus();
    const tooltip = shadow(el).querySelector<HTMLElement>("[part=tooltip]");
    expect(tooltip?.hidden).toBe(false);
    expect(tooltip?.textContent).toContain("Meizhou");
    await expectNoAxeViolations(el);
  });

  it("loads the feed from src and draws one cell per county-level unit", async () => {
    const el = await mount<ZcProgressMap>("zc-progress-map", { src: feedUrl("feed.json") });
    expect(el.state).toBe("ready");
    expect(cells(el)).toHaveLength(124);
    expect(shadow(el).querySelector("svg[role=listbox]")?.getAttribute("aria-label")).toContain(
      "共 124 个地区",
    );
  });

  it("draws one cell per city at city level, without city outlines", async () => {
    const el = await mountMap({ level: "city" });
    expect(cells(el)).toHaveLength(21);
    expect(shadow(el).querySelector(".outlines")).toBeNull();
  });

  it("outlines the cities at county level", async () => {
    const el = await mountMap();
    expect(shadow(el).querySelector(".outlines")?.getAttribute("d")).toMatch(/^M/);
  });

  it.each([
    ["441400", "on-track", "●"],
    ["441800", "needs-acceleration", "▲"],
    ["440800", "no-target", "○"],
    ["442000", "no-data", "?"],
  ])(
    "colours city %s by its status %s with the symbol %s as a second cue",
    async (code, status, symbol) => {
      const el = await mountMap({ level: "city" });
      const cell = cellOf(el, code);
      expect(cell.querySelector(".fill")?.classList).toContain(`fill-status-${status}`);
      expect(cell.querySelector(".mark")?.textContent).toBe(symbol);
    },
  );

  it("names each region for screen readers with its value, status and city", async () => {
    const el = await mountMap({ lang: "en" });
    const cell = cellOf(el, "441426");
    const shown = `${cell.querySelector(".name")?.textContent}${cell.querySelector(".mark")?.textContent}`;
    // Label in Name (WCAG 2.5.3): the name starts with the text the tile shows.
    expect(cell.getAttribute("aria-label")).toBe(
      `${shown} Pingyuan County, Meizhou; Youths covered: 600 people; Status: ○ No target; Programme-area county`,
    );
  });

  it("labels cells with short names and marks programme-area counties only", async () => {
    const el = await mountMap();
    expect(cellOf(el, "441825").querySelector(".name")?.textContent).toBe("连山");
    expect(cellOf(el, "441825").querySelector(".area-mark[d]")).not.toBeNull();
    expect(cellOf(el, "440606").querySelector(".area-mark[d]")).toBeNull();
  });

  it("prints values and shows withheld cells as such when coloured by value", async () => {
    const el = await mountMap({ "color-by": "value", month: "2016-09" });
    expect(cellOf(el, "441882").querySelector(".mark")?.textContent).toBe("75");
    expect(cellOf(el, "441426").querySelector(".mark")?.textContent).toBe("<5");
    expect(cellOf(el, "441481").querySelector(".mark")?.textContent).toBe("已隐藏");
    expect(cellOf(el, "441481").querySelector(".fill")?.classList).toContain("fill-withheld");
    expect(cellOf(el, "440825").querySelector(".mark")?.textContent).toBe("–");
  });

  it("colours values by nice classes from 0 and lists them in the legend", async () => {
    const el = await mountMap({ "color-by": "value", lang: "en" });
    const legend = shadow(el).querySelector("[part=legend]")?.textContent?.replace(/\s+/g, " ");
    expect(legend).toContain("0–249");
    expect(legend).toContain("1,000–1,249");
    expect(legend).toContain("<5 or np: withheld for privacy");
    expect(cellOf(el, "441422").querySelector(".fill")?.classList).toContain("fill-class-5");
  });

  it("counts the regions of each status in the legend", async () => {
    const el = await mountMap({ level: "city", lang: "en" });
    const legend = shadow(el).querySelector("[part=legend]")?.textContent?.replace(/\s+/g, " ");
    expect(legend).toContain("On track (1)");
    expect(legend).toContain("Needs acceleration (1)");
  });

  it.each([
    [
      "zh-CN",
      "2017年3月服务覆盖青少年：21 个地级市中，进度正常 1 个，需加快进度 1 个，无数据 16 个，无目标可比 3 个。",
    ],
    [
      "en",
      "Youths covered, March 2017: of 21 cities, 1 on track, 1 needing to speed up, 16 without data, and 3 without a target to compare with.",
    ],
  ])("sums the map up in one sentence (%s)", async (lang, sentence) => {
    const el = await mountMap({ level: "city", lang });
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(sentence);
  });

  it("names the highest region in the value summary", async () => {
    const el = await mountMap({ "color-by": "value", lang: "en" });
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(
      "Youths covered, March 2017: highest in Dabu County, Meizhou (1,200 people); 8 of 124 county-level units have a figure.",
    );
  });

  it("draws the map first and fills its hidden data table after that frame", async () => {
    const el = document.createElement("zc-progress-map") as ZcProgressMap;
    const atFirstDraw = new Promise<[number, number]>((resolve) => {
      el.addEventListener(
        "zc-feed-load",
        () =>
          resolve([cells(el).length, shadow(el).querySelectorAll("[part=table] tbody tr").length]),
        { once: true },
      );
    });
    el.feed = makeFeed();
    document.body.append(el);
    expect(await atFirstDraw).toEqual([124, 0]);
    await el.whenSettled();
    expect(shadow(el).querySelectorAll("[part=table] tbody tr")).toHaveLength(124);
  });

  it("lists every region in the data table", async () => {
    const el = await mountMap({ lang: "en" });
    const rows = shadow(el).querySelectorAll("[part=table] tbody tr");
    expect(rows).toHaveLength(124);
    const dabu = [...rows].find((r) => r.textContent?.includes("Dabu County"));
    expect([...(dabu?.querySelectorAll("th, td") ?? [])].map((c) => c.textContent?.trim())).toEqual(
      ["Dabu County", "Meizhou", "yes", "1,200", "○ No target", "—"],
    );
  });

  it("moves by arrow keys to the nearest cell in that direction, Home and End to the ends", async () => {
    const el = await mountMap();
    const first = shadow(el).querySelector<SVGGElement>('g.cell[tabindex="0"]') as SVGGElement;
    expect(shadow(el).querySelectorAll('g.cell[tabindex="0"]')).toHaveLength(1);
    first.focus();
    const start = first.dataset.code;
    await userEvent.keyboard("{ArrowDown}");
    const below = shadow(el).activeElement as SVGGElement;
    expect(below.dataset.code).not.toBe(start);
    expect(below.getAttribute("tabindex")).toBe("0");
    expect(first.getAttribute("tabindex")).toBe("-1");
    await userEvent.keyboard("{ArrowUp}");
    expect((shadow(el).activeElement as SVGGElement).dataset.code).toBe(start);
    await userEvent.keyboard("{End}");
    expect((shadow(el).activeElement as SVGGElement).dataset.code).toBe("440825"); // 徐闻, southmost
    await userEvent.keyboard("{ArrowUp}");
    expect((shadow(el).activeElement as SVGGElement).dataset.code).toBe("440811"); // 麻章 above it
    await userEvent.keyboard("{Home}");
    expect((shadow(el).activeElement as SVGGElement).dataset.code).toBe(start);
  });

  it("draws one focus ring that follows the focus, and one ring round the selected region", async () => {
    const el = await mountMap({ level: "city", selected: "441800" });
    const ring = shadow(el).querySelector(".ring") as SVGRectElement;
    // 清远 441800 sits in column 3, row 0 of the city grid: 40 units a cell, 3.5 inset.
    expect([ring.getAttribute("x"), ring.getAttribute("y")]).toEqual(["123.5", "3.5"]);
    cellOf(el, "441800").focus();
    await userEvent.keyboard("{ArrowDown}");
    const focused = shadow(el).activeElement as SVGGElement;
    const focusRing = shadow(el).querySelector(".focus-ring") as SVGRectElement;
    const [, x, y] = /translate\((\d+) (\d+)\)/.exec(focused.getAttribute("transform") ?? "") ?? [];
    expect([focusRing.getAttribute("x"), focusRing.getAttribute("y")]).toEqual([
      String(Number(x) - 0.5),
      String(Number(y) - 0.5),
    ]);
    expect(getComputedStyle(focusRing).display).not.toBe("none");
    expect(shadow(el).querySelectorAll(".focus-ring, .ring")).toHaveLength(2);
  });

  it("enters the map with Tab on one region only (roving tabindex)", async () => {
    const el = await mountMap();
    const before = document.createElement("button");
    before.textContent = "before";
    document.body.prepend(before);
    before.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement?.getAttribute("role")).toBe("option");
    await userEvent.tab();
    expect(shadow(el).activeElement?.getAttribute("role")).not.toBe("option");
  });

  it("rings the region that has keyboard focus, and only while it has it", async () => {
    const el = await mountMap();
    const before = document.createElement("button");
    before.textContent = "before";
    document.body.prepend(before);
    before.focus();
    const ring = shadow(el).querySelector(".focus-ring") as SVGRectElement;
    expect(getComputedStyle(ring).display).toBe("none");
    await userEvent.tab();
    await userEvent.keyboard("{ArrowRight}");
    const focused = shadow(el).activeElement as SVGGElement;
    expect(getComputedStyle(ring).display).not.toBe("none");
    const box = (e: Element) => e.getBoundingClientRect();
    expect(box(ring).left).toBeLessThan(box(focused).left);
    expect(box(ring).right).toBeGreaterThan(box(focused).right);
    await userEvent.tab();
    expect(getComputedStyle(ring).display).toBe("none");
  });

  it.each(["{Enter}", " "])(
    "selects the focused region with %s and says so in a typed event",
    async (key) => {
      const el = await mountMap({ level: "city" });
      const events: ZcMapRegionSelectDetail[] = [];
      document.addEventListener(
        "zc-region-select",
        (e) => events.push(e.detail as ZcMapRegionSelectDetail),
        {
          once: true,
        },
      );
      cellOf(el, "441400").focus();
      await userEvent.keyboard(key);
      expect(events).toEqual([
        {
          code: "441400",
          region: "441400",
          name: "梅州市",
          level: "city",
          value: 2600,
          status: "on-track",
        },
      ]);
      expect(el.selected).toBe("441400");
      await el.updateComplete;
      expect(cellOf(el, "441400").getAttribute("aria-selected")).toBe("true");
      expect(el.getAttribute("selected")).toBe("441400");
    },
  );

  it("selects a region on click, with an event that bubbles out of the shadow root", async () => {
    const el = await mountMap();
    let detail: ZcMapRegionSelectDetail | undefined;
    document.body.addEventListener("zc-region-select", (e) => {
      detail = e.detail as ZcMapRegionSelectDetail;
    });
    await userEvent.click(cellOf(el, "441426"));
    expect(detail).toMatchObject({
      code: "441426",
      value: 600,
      status: "no-target",
      level: "county",
    });
  });

  it("shows a tooltip on focus and on hover, and hides it with Escape", async () => {
    const el = await mountMap({ lang: "en" });
    const tooltip = shadow(el).querySelector<HTMLElement>("[part=tooltip]") as HTMLElement;
    // (The pointer may rest where an earlier test left it, over this map: no "hidden" check here.)
    cellOf(el, "441422").focus();
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain("Dabu County, Meizhou");
    await userEvent.keyboard("{Escape}");
    expect(tooltip.hidden).toBe(true);
    await userEvent.hover(cellOf(el, "441882"));
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain("Lianzhou, Qingyuan");
  });

  it.each([
    [{ indicator: "nonsense" }, "The data have no indicator “nonsense”."],
    [{ month: "1999-01", "color-by": "value" }, "The data have no “Youths covered” for 1999-01."],
  ])("says what is missing instead of drawing an empty map (%o)", async (attributes, message) => {
    const el = await mountMap({ lang: "en", ...attributes });
    expect(el.state).toBe("empty");
    expect(text(el)).toContain(message);
    await expectNoAxeViolations(el);
  });

  it("shows the error state for a feed that fails to load", async () => {
    const el = await mount<ZcProgressMap>("zc-progress-map", {
      src: feedUrl("status/500"),
      lang: "en",
    });
    expect(el.state).toBe("error");
    expect(shadow(el).querySelector("[role=alert]")).not.toBeNull();
  });

  it("keeps the tile map and says why when boundaries come without an approval number", async () => {
    // Boundaries load after the first render, so "no shapes yet" proves nothing by itself: a
    // control map given the same kind of file with an approval number must draw its shapes
    // first, and the unapproved file must never even be requested (DOMAIN.md, Maps).
    const unapproved = blobFeedUrl(squaresGeoJson(["441426"]));
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    try {
      const el = await mountMap({ "geo-src": unapproved, lang: "en" });
      const approved = blobFeedUrl(squaresGeoJson(["441426"]));
      const control = await mountMap({ "geo-src": approved, "approval-number": "粤S(2099)000号" });
      await expect.poll(() => shadow(control).querySelectorAll(".shape").length).toBe(1);
      expect(shadow(el).querySelector(".shape")).toBeNull();
      expect(cells(el)).toHaveLength(124);
      expect(shadow(el).querySelector("[part=note]")?.textContent).toContain(
        "No map approval number",
      );
      const requested = fetchSpy.mock.calls.map(([input]) =>
        input instanceof Request ? input.url : String(input),
      );
      expect(requested).toContain(approved);
      expect(requested).not.toContain(unapproved);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it("draws the partner's boundaries with their approval number", async () => {
    const codes = ["441422", "441426", "441481", "440825"];
    const el = await mountMap({
      "geo-src": blobFeedUrl(squaresGeoJson(codes)),
      "approval-number": "粤S(2099)000号",
    });
    await expect.poll(() => shadow(el).querySelectorAll(".shape").length).toBe(4);
    expect(shadow(el).querySelector("[part=approval]")?.textContent).toContain(
      "审图号：粤S(2099)000号",
    );
    expect(shadow(el).querySelector(".approval-mark")?.textContent).toContain("粤S(2099)000号");
    expect(shadow(el).querySelector("[part=note]")?.textContent).toContain(
      "120 个地区在边界文件中没有形状",
    );
    await expectNoAxeViolations(el);
    cellOf(el, "441422").focus();
    await userEvent.keyboard("{ArrowRight}");
    expect((shadow(el).activeElement as SVGGElement).dataset.code).toBe("441426");
  });

  // The map skips an update caused by a width change alone; a redraw it asked for itself (its
  // second render, its boundaries loaded) must survive a width change in the same batch.
  it("draws its second render and its boundaries when the width changes at the same moment", async () => {
    const el = document.createElement("zc-progress-map") as ZcProgressMap;
    const element = el as unknown as {
      chartWidth: number;
      requestUpdate: (...args: unknown[]) => void;
    };
    const request = element.requestUpdate.bind(el);
    element.requestUpdate = (...args: unknown[]) => {
      if (args.length === 0) element.chartWidth += 1;
      request(...args);
    };
    el.setAttribute("lang", "en");
    el.setAttribute("geo-src", blobFeedUrl(squaresGeoJson(["441422"])));
    el.setAttribute("approval-number", "粤S(2099)000号");
    el.feed = makeFeed();
    document.body.append(el);
    await el.whenSettled();
    expect(shadow(el).querySelector("[part=legend]")).not.toBeNull();
    await expect.poll(() => shadow(el).querySelectorAll(".shape").length).toBe(1);
  });

  it.each([
    ["a missing file", "/__zc/status/404", "the boundary file could not be fetched"],
    ["a file that is not GeoJSON", "/__zc/invalid-feed", "not GeoJSON or TopoJSON"],
  ])("falls back to the tile map after %s", async (_, url, words) => {
    const el = await mountMap({ "geo-src": url, "approval-number": "粤S(2099)000号", lang: "en" });
    await expect
      .poll(() => shadow(el).querySelector("[part=note]")?.textContent ?? "")
      .toContain(words);
    expect(cells(el)).toHaveLength(124);
    expect(shadow(el).querySelector(".shape")).toBeNull();
  });
});
