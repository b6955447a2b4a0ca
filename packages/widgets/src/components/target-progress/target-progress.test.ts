import { describe, expect, it } from "vitest";
import { describeElementContract, shownText } from "../../../test/element-contract.js";
import { feedUrl, mount, shadow } from "../../../test/fixtures.js";
import type { ZcTargetProgress } from "./target-progress.js";
import "./index.js";

describeElementContract("zc-target-progress", {
  zh: "▲ 需加快进度",
  en: "▲ Needs acceleration",
  emptyAttributes: { indicator: "quality-projects" },
});

describe("<zc-target-progress>", () => {
  it("shows the headline indicator against its phase targets, with the expected mark", async () => {
    const el = await mount<ZcTargetProgress>("zc-target-progress", { src: feedUrl("feed.json") });
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(
      "截至2017年3月，广东省的服务覆盖青少年为4,720人，为按计划此时应达到的5,125人的92%，需加快进度；深入推动阶段的目标是10,000人。",
    );
    expect(shadow(el).querySelectorAll("svg .target")).toHaveLength(3);
    expect(shadow(el).querySelectorAll("svg .expected")).toHaveLength(1);
    expect(shadow(el).querySelector("svg .actual")?.getAttribute("fill")).toBe(
      "url(#tp-status-needs-acceleration)",
    );
    // The badge's swatch takes the status colour from a class (#e69f00 by default).
    const swatch = shadow(el).querySelector(".badge .swatch") as Element;
    expect(getComputedStyle(swatch).backgroundColor).toBe("rgb(230, 159, 0)");
  });

  it("shows derived targets with their arithmetic in the table", async () => {
    const el = await mount<ZcTargetProgress>("zc-target-progress", {
      src: feedUrl("feed.json"),
      lang: "en",
    });
    const rows = [...shadow(el).querySelectorAll("tbody tr")].map((r) =>
      [...r.children].map((c) => c.textContent?.trim()).join(" | "),
    );
    expect(rows).toContain("Target: Foundation | 3,500 | derived: 350 × 10 (§四)");
  });

  it.each([
    ["star-organisations", "440000", "✓ Achieved"],
    ["v-stations", "440000", "✕ Off track"],
    ["youths-paired", "440000", "○ No target"],
    ["youths-covered", "441400", "● On track"],
    ["youths-covered", "440825", "? No data"],
  ])("shows %s in %s as %s, in words and symbol", async (indicator, region, words) => {
    const el = await mount<ZcTargetProgress>("zc-target-progress", {
      src: feedUrl("feed.json"),
      indicator,
      region,
      lang: "en",
    });
    expect(shadow(el).querySelector("[part=status]")?.textContent).toContain(words);
  });

  it("never shows missing data as 0", async () => {
    const el = await mount<ZcTargetProgress>("zc-target-progress", {
      src: feedUrl("feed.json"),
      region: "440825",
    });
    expect(shownText(el)).toContain("实际 无数据");
    expect(shadow(el).querySelector("svg .actual")).toBeNull();
  });
});
