import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { expectNoAxeViolations } from "../../../test/axe.js";
import { feedUrl, mount, requestCount, shadow } from "../../../test/fixtures.js";
import { makeFeed } from "../../../test/make-feed.js";
import type { ZcElement } from "../../base/zc-element.js";
import type { ZcDashboard } from "./dashboard.js";
import "./index.js";

// The feed is SYNTHETIC (test/make-feed.ts).

const partTags = [
  "zc-stat",
  "zc-target-progress",
  "zc-phase-timeline",
  "zc-progress-map",
  "zc-needs-breakdown",
  "zc-pairing-diagram",
  "zc-report-tracker",
];
const parts = (el: Element) => [...shadow(el).querySelectorAll<ZcElement>(partTags.join(","))];

async function mountDashboard(
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = { feed: makeFeed() },
  container?: HTMLElement,
): Promise<ZcDashboard> {
  const el = await mount<ZcDashboard>("zc-dashboard", attributes, properties, container);
  await Promise.all(parts(el).map((p) => p.whenSettled()));
  return el;
}

// axe over the nine parts' shadow roots can take longer than the default 15 s on a busy machine.
vi.setConfig({ testTimeout: 45_000 });

describe("<zc-dashboard>", () => {
  it.each(["light", "dark"])(
    "has no axe violations (%s theme), table closed and open",
    async (theme) => {
      const el = await mountDashboard({ src: feedUrl("feed.json"), theme }, {});
      expect(el.state).toBe("ready");
      await expectNoAxeViolations(el);
      el.toggleTable(true);
      await el.updateComplete;
      await expectNoAxeViolations(el);
    },
  );

  it("loads the feed once and hands it to every part", async () => {
    const el = await mountDashboard({ src: feedUrl("slow/50", "dashboard") }, {});
    expect(parts(el).map((p) => p.localName)).toEqual([
      "zc-stat",
      "zc-stat",
      "zc-stat",
      "zc-target-progress",
      "zc-phase-timeline",
      "zc-progress-map",
      "zc-needs-breakdown",
      "zc-pairing-diagram",
      "zc-report-tracker",
    ]);
    expect(parts(el).map((p) => p.state)).toEqual(Array(9).fill("ready"));
    // One validated copy for all the parts (parseFeed runs once for them, not once each).
    expect(new Set(parts(el).map((p) => p.shownFeed)).size).toBe(1);
    expect(parts(el)[0]?.shownFeed).toEqual(el.shownFeed);
    expect(await requestCount("dashboard")).toBe(1);
  });

  it.each([
    [
      "zh-CN",
      "截至2017年3月，广东省服务覆盖青少年4,720（需加快进度）；助残之星组织352（已达成）；助残V站4（进度滞后）。",
      "示例数据（合成）",
    ],
    [
      "en",
      "Guangdong, March 2017: youths covered 4,720 (needs acceleration); star organisations 352 (achieved); v-stations 4 (off track).",
      "Synthetic sample data",
    ],
  ])(
    "sums the headline figures up in one sentence and speaks %s in every part",
    async (lang, sentence, sample) => {
      const el = await mountDashboard({ lang });
      expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(sentence);
      expect(shadow(el).querySelector("[part=provenance]")?.textContent).toContain(sample);
      for (const part of parts(el)) expect(part.locale).toBe(lang);
    },
  );

  it("shows one provenance line, not one per part", async () => {
    const el = await mountDashboard();
    expect(parts(el)).toHaveLength(9);
    const shownInParts = parts(el).filter((part) => {
      const line = shadow(part).querySelector("[part=provenance]") as HTMLElement;
      return getComputedStyle(line).display !== "none";
    });
    expect(shownInParts.map((part) => part.localName)).toEqual([]);
    expect(
      getComputedStyle(shadow(el).querySelector("[part=provenance]") as HTMLElement).display,
    ).not.toBe("none");
  });

  it("keeps the parts' own load events inside, but lets their region choices out", async () => {
    const seen: string[] = [];
    const listen = (e: Event) =>
      seen.push(`${e.type}:${(e.composedPath()[0] as Element).localName}`);
    document.addEventListener("zc-feed-load", listen);
    document.addEventListener("zc-region-select", listen);
    try {
      const el = await mountDashboard();
      expect(seen).toEqual(["zc-feed-load:zc-dashboard"]);
      const map = shadow(el).querySelector("zc-progress-map") as ZcElement;
      await userEvent.click(shadow(map).querySelector('g.cell[data-code="441426"]') as Element);
      expect(seen.at(-1)).toBe("zc-region-select:zc-progress-map");
    } finally {
      document.removeEventListener("zc-feed-load", listen);
      document.removeEventListener("zc-region-select", listen);
    }
  });

  it("lets a phase opened in its timeline out as zc-phase-select", async () => {
    const el = await mountDashboard();
    const phases: string[] = [];
    el.addEventListener("zc-phase-select", (e) => phases.push(e.detail.phase));
    const timeline = shadow(el).querySelector("zc-phase-timeline") as ZcElement;
    const first = shadow(timeline).querySelector<HTMLButtonElement>(".phase-button");
    first?.focus();
    await userEvent.keyboard("{Enter}");
    expect(first?.getAttribute("aria-expanded")).toBe("true");
    expect(phases).toEqual(["foundation"]);
  });

  it("shows the figures of a region chosen in the parts, and goes back to the province", async () => {
    const el = await mountDashboard({ "map-level": "city" });
    const map = shadow(el).querySelector("zc-progress-map") as ZcElement;
    (shadow(map).querySelector('g.cell[data-code="441400"]') as SVGGElement).focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(el.region).toBe("441400");
    const stat = shadow(el).querySelector("zc-stat") as ZcElement;
    await stat.updateComplete;
    expect(stat.getAttribute("region")).toBe("441400");
    expect(shadow(stat).querySelector("[part=figure]")?.textContent).toBe("2,600人");
    const focus = shadow(el).querySelector("[part=focus]") as HTMLElement;
    expect(focus.textContent).toContain("数字显示：梅州市");
    (focus.querySelector("button") as HTMLButtonElement).focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(el.region).toBeUndefined();
    expect(stat.hasAttribute("region")).toBe(false);
    expect(shadow(el).querySelector("[part=focus]")).toBeNull();
  });

  it("passes the theme and the map's choices down", async () => {
    const el = await mountDashboard({
      theme: "dark",
      "map-level": "city",
      "map-color-by": "value",
    });
    const map = shadow(el).querySelector("zc-progress-map") as ZcElement;
    expect(map.getAttribute("theme")).toBe("dark");
    expect(map.getAttribute("level")).toBe("city");
    expect(map.getAttribute("color-by")).toBe("value");
    expect(shadow(map).querySelectorAll("g.cell")).toHaveLength(21);
    expect(shadow(map).querySelector(".map")?.classList.contains("value")).toBe(true);
    expect(getComputedStyle(map).backgroundColor).toBe("rgb(22, 24, 29)");
  });

  it("fits 320 px without sideways scrolling", async () => {
    const wrapper = document.createElement("div");
    wrapper.style.width = "320px";
    document.body.append(wrapper);
    const el = await mountDashboard({}, { feed: makeFeed() }, wrapper);
    await new Promise((r) => requestAnimationFrame(r));
    expect(shadow(el).querySelector<HTMLElement>("[part=base]")?.scrollWidth).toBeLessThanOrEqual(
      320,
    );
    for (const part of parts(el)) {
      expect(
        shadow(part).querySelector<HTMLElement>("[part=base]")?.scrollWidth,
      ).toBeLessThanOrEqual(320);
    }
  });

  it("shows the error state, and no parts, when the feed cannot be loaded", async () => {
    const el = await mountDashboard({ src: feedUrl("status/404") }, {});
    expect(el.state).toBe("error");
    expect(shadow(el).querySelector("[role=alert]")?.textContent).toContain("HTTP 404");
    expect(parts(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it("says so when the feed has nothing to show", async () => {
    const el = await mountDashboard(
      { lang: "en" },
      { feed: makeFeed({ series: [], timeliness: [], pairings: [], progress: [], targets: [] }) },
    );
    expect(el.state).toBe("empty");
    expect(shadow(el).querySelector("[role=status]")?.textContent).toContain(
      "The data have no indicators",
    );
  });

  it("downloads the map as the dashboard's picture", async () => {
    const el = await mountDashboard();
    let detail: { format: string; filename: string; blob: Blob } | undefined;
    el.addEventListener("zc-download", (e) => {
      if (e.composedPath()[0] !== el) return;
      e.preventDefault();
      detail = e.detail;
    });
    await el.downloadSvg();
    expect(detail?.filename).toBe("zc-dashboard-2017-03-2017-03.svg");
    const text = (await detail?.blob.text()) ?? "";
    expect(text).toContain("广东助残志愿者助力精准脱贫攻坚行动进展");
    expect(text.match(/role="option"/g)).toHaveLength(124);
  });
});
