import { describe, expect, it } from "vitest";
import { describeElementContract, shownText } from "../../../test/element-contract.js";
import { feedUrl, mount, shadow } from "../../../test/fixtures.js";
import type { ZcDownloadDetail } from "../../base/events.js";
import type { ZcStat } from "./stat.js";
import "./index.js";

describeElementContract("zc-stat", {
  zh: "4,720",
  en: "Youths covered",
  emptyAttributes: { indicator: "quality-projects" },
});

describe("<zc-stat>", () => {
  it("shows the province's youths covered in the latest month by default, with the change", async () => {
    const el = await mount<ZcStat>("zc-stat", { src: feedUrl("feed.json") });
    expect(shadow(el).querySelector("[part=figure]")?.textContent).toBe("4,720人");
    expect(shadow(el).querySelector("[part=change]")?.textContent).toBe("比上月 +1,020");
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(
      "截至2017年3月，广东省的服务覆盖青少年为4,720人，比上月增加1,020人。",
    );
    expect(shadow(el).querySelectorAll("svg polyline")).toHaveLength(1);
  });

  it("chooses the indicator, region and month by attribute", async () => {
    const el = await mount<ZcStat>("zc-stat", {
      src: feedUrl("feed.json"),
      indicator: "star-organisations",
      region: "441400",
      month: "2016-12",
      lang: "en",
    });
    expect(shadow(el).querySelector("[part=title]")?.textContent).toBe(
      "Meizhou · Star organisations",
    );
    expect(shadow(el).querySelector("[part=figure]")?.textContent).toBe("140organisations");
    expect(shadow(el).querySelector("[part=change]")?.textContent).toBe(
      "+40 on the previous month",
    );
    expect(shadow(el).querySelectorAll("tbody tr")).toHaveLength(5);
  });

  it.each([
    ["2016-09", "<5", "“<5” means 1 to 4"],
    ["2016-08", "no data", "nothing was reported"],
  ])("shows a withheld cell (%s) as %s, never as 0", async (month, figure, words) => {
    const el = await mount<ZcStat>("zc-stat", {
      src: feedUrl("feed.json"),
      region: "441426",
      month,
      lang: "en",
    });
    expect(shadow(el).querySelector("[part=figure]")?.textContent).toBe(figure);
    expect(shownText(el)).toContain(words);
  });

  it("shows a secondarily suppressed cell as such", async () => {
    const el = await mount<ZcStat>("zc-stat", {
      src: feedUrl("feed.json"),
      region: "441481",
      month: "2016-09",
    });
    expect(shadow(el).querySelector("[part=figure]")?.textContent).toBe("已隐藏");
    expect(shadow(el).querySelector("[part=change]")?.textContent).toBe("无法与上月比较");
  });

  it("breaks the sparkline where a month has no number", async () => {
    const el = await mount<ZcStat>("zc-stat", { src: feedUrl("feed.json"), region: "441481" });
    expect(shadow(el).querySelectorAll("svg polyline")).toHaveLength(2);
  });

  it("reflects its size for styling", async () => {
    const el = await mount<ZcStat>("zc-stat", { src: feedUrl("feed.json") });
    el.size = "xl";
    await el.updateComplete;
    expect(el.getAttribute("size")).toBe("xl");
    const small = shadow(el).querySelector<HTMLElement>("[part=figure]");
    expect(Number.parseFloat(getComputedStyle(small as HTMLElement).fontSize)).toBeGreaterThan(40);
  });

  it("exports an image with the headline figure and the sample label", async () => {
    const el = await mount<ZcStat>("zc-stat", { src: feedUrl("feed.json") });
    let detail: ZcDownloadDetail | undefined;
    el.addEventListener("zc-download", (e) => {
      e.preventDefault();
      detail = e.detail;
    });
    await el.downloadSvg();
    const text = (await detail?.blob.text()) ?? "";
    expect(detail?.filename).toBe("zc-stat-youths-covered-440000-2017-03.svg");
    expect(text).toContain("4,720 人");
    expect(text).toContain("示例数据（合成）");
  });
});
