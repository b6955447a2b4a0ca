import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { describeElementContract } from "../../../test/element-contract.js";
import { feedUrl, mount, shadow } from "../../../test/fixtures.js";
import { makeFeed } from "../../../test/make-feed.js";
import type { ZcPhaseTimeline } from "./phase-timeline.js";
import "./index.js";

describeElementContract("zc-phase-timeline", {
  zh: "深入推动阶段",
  en: "Deepening",
  emptyAttributes: {},
  feedForEmpty: () => makeFeed({ phases: [] }),
});

describe("<zc-phase-timeline>", () => {
  it("says where the as-of month falls", async () => {
    const el = await mount<ZcPhaseTimeline>("zc-phase-timeline", { src: feedUrl("feed.json") });
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(
      "截至2017年3月，行动处于第二阶段“深入推动阶段”（2017年1月至2017年12月），本阶段已过去25%；第一阶段已结束；第三阶段“巩固提高阶段”将于2018年1月开始。",
    );
    expect(shadow(el).querySelector("svg .marker")).not.toBeNull();
    expect(
      [...shadow(el).querySelectorAll("svg .segment")].map((s) => s.getAttribute("class")),
    ).toEqual(["segment segment--done", "segment segment--current", "segment segment--upcoming"]);
  });

  it("shows the current phase's milestones from the domain's phase table", async () => {
    const el = await mount<ZcPhaseTimeline>("zc-phase-timeline", {
      src: feedUrl("feed.json"),
      lang: "en",
    });
    const visible = [
      ...shadow(el).querySelectorAll<HTMLElement>(".milestones:not([hidden]) li"),
    ].map((li) => li.textContent);
    expect(visible).toContain(
      "More than half of the poverty counties in helped cities have a V-station",
    );
    expect(visible).toHaveLength(4);
  });

  it("opens a phase from the keyboard and fires zc-phase-select", async () => {
    const el = await mount<ZcPhaseTimeline>("zc-phase-timeline", { src: feedUrl("feed.json") });
    const selected: string[] = [];
    el.addEventListener("zc-phase-select", (e) => selected.push(e.detail.phase));
    await userEvent.tab();
    const first = shadow(el).querySelector<HTMLButtonElement>(".phase-button");
    expect(shadow(el).activeElement).toBe(first);
    expect(first?.getAttribute("aria-expanded")).toBe("false");
    await userEvent.keyboard("{Enter}");
    expect(first?.getAttribute("aria-expanded")).toBe("true");
    expect(shadow(el).querySelector("#milestones-foundation")?.hasAttribute("hidden")).toBe(false);
    await userEvent.keyboard(" ");
    expect(first?.getAttribute("aria-expanded")).toBe("false");
    expect(selected).toEqual(["foundation", "foundation"]);
  });

  it("lists every phase with its milestones in the table", async () => {
    const el = await mount<ZcPhaseTimeline>("zc-phase-timeline", { src: feedUrl("feed.json") });
    expect(shadow(el).querySelectorAll("tbody tr")).toHaveLength(3);
    expect(shadow(el).querySelector("tbody tr td:last-child")?.textContent).toContain(
      "建立帮扶地市与被帮扶地市结对制度安排",
    );
  });

  it.each([
    ["2016-12", "第一阶段已结束"],
    ["2018-12", "三个阶段均已结束"],
  ])("words the summary for an as-of month of %s", async (month, words) => {
    const months = ["2016-08", "2016-09", "2016-10", "2016-11", "2016-12"];
    const feed =
      month === "2016-12"
        ? makeFeed({ months, asOf: month, release: month, series: [], timeliness: [] })
        : makeFeed({ months: [month], asOf: month, release: month, series: [], timeliness: [] });
    const el = await mount<ZcPhaseTimeline>("zc-phase-timeline", {}, { feed });
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toContain(words);
  });
});
