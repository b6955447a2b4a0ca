import { describe, expect, it } from "vitest";
import { describeElementContract, shownText } from "../../../test/element-contract.js";
import { feedUrl, mount, shadow } from "../../../test/fixtures.js";
import type { ZcNeedsBreakdown } from "./needs-breakdown.js";
import "./index.js";

describeElementContract("zc-needs-breakdown", {
  zh: "康复治疗",
  en: "Rehabilitation",
  emptyAttributes: { region: "440100" },
});

const rows = (el: Element) =>
  [...shadow(el).querySelectorAll("tbody tr")].map((r) =>
    [...r.children].map((c) => c.textContent?.trim()).join(" | "),
  );

describe("<zc-needs-breakdown>", () => {
  it("breaks the province's registered youths down by the five needs", async () => {
    const el = await mount<ZcNeedsBreakdown>("zc-needs-breakdown", { src: feedUrl("feed.json") });
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(
      "2017年3月，广东省登记的5,800名青少年中，需求最多的是康复治疗（3,074人，占53%），其次是支教助学（2,088人，占36%）；一人可有多项需求。",
    );
    expect(rows(el)).toEqual([
      "支教助学 | 2,088 | 36%",
      "就业扶贫 | 1,508 | 26%",
      "技能培训 | 1,798 | 31%",
      "康复治疗 | 3,074 | 53%",
      "社会融入 | 1,218 | 21%",
      "登记青少年（每人计一次） | 5,800 | 100%",
    ]);
    expect(shadow(el).querySelectorAll("svg .bar")).toHaveLength(5);
    expect(shadow(el).querySelector("[part=note]")?.textContent).toContain(
      "一名青少年可有多项需求",
    );
  });

  it('shows withheld county cells as "<5", with the explanation, never as 0', async () => {
    const el = await mount<ZcNeedsBreakdown>("zc-needs-breakdown", {
      src: feedUrl("feed.json"),
      region: "441426",
      month: "2016-09",
      lang: "en",
    });
    expect(rows(el)[0]).toBe("Education support | <5 | ");
    expect(shadow(el).querySelectorAll("svg .withheld")).toHaveLength(5);
    expect(shadow(el).querySelectorAll("svg .bar")).toHaveLength(0);
    expect(shownText(el)).toContain("“<5” means 1 to 4 people");
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(
      "In September 2016, among the youths registered in Pingyuan County, no need figure is published.",
    );
  });

  it("writes the withheld cells to CSV as published", async () => {
    const el = await mount<ZcNeedsBreakdown>("zc-needs-breakdown", {
      src: feedUrl("feed.json"),
      region: "441426",
      month: "2016-09",
    });
    let csv = "";
    el.addEventListener("zc-download", async (e) => {
      e.preventDefault();
      csv = await e.detail.blob.text();
    });
    await el.downloadCsv();
    await new Promise((r) => setTimeout(r, 50));
    expect(csv).toContain("支教助学,<5,");
  });
});
