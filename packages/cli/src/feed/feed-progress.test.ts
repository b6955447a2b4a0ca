import { describe, expect, it } from "vitest";
import { feedProgress } from "./feed-progress.js";
import { regionHierarchy } from "./feed-regions.js";
import { feedTargets, targetLevelOf } from "./feed-targets.js";

// A synthetic programme area: two of Meizhou's counties.
const area = new Set(["441402", "441403"]);
const hierarchy = regionHierarchy({ counties: [...area] });
const one = (
  indicator: string,
  region: string,
  actual: number | null | "<5" | "suppressed",
  asOf = "2016-12",
) =>
  feedProgress(
    [{ indicator: indicator as "youths-paired", region, actual }],
    asOf,
    hierarchy,
    area,
  )[0];

describe("targets of the feed", () => {
  it.each([
    { code: "440000", level: { level: "province" } },
    { code: "441400", level: { level: "city", counties: 2 } },
    { code: "441402", level: { level: "county" } },
    { code: "441422", level: undefined },
    { code: "440100", level: undefined },
  ])("targetLevelOf($code)", ({ code, level }) => {
    expect(targetLevelOf(code, hierarchy, area)).toEqual(level);
  });

  it("gives the province §四's figures and an area county its norm", () => {
    const targets = feedTargets(hierarchy, area);
    const find = (region: string, phase: string) =>
      targets.find(
        (t) => t.indicator === "youths-paired" && t.region === region && t.phase === phase,
      );
    expect(find("440000", "foundation")?.value).toBe(3500);
    expect(find("441402", "foundation")?.value).toBe(50);
    expect(find("441400", "foundation")).toMatchObject({
      value: 100,
      derived: true,
      formula: "50 × 2 = 100",
    });
    expect(find("441422", "foundation")).toBeUndefined();
  });
});

describe("feedProgress", () => {
  it("measures a programme county against its norm with the domain's method", () => {
    expect(one("youths-paired", "441402", 50)).toMatchObject({
      status: "achieved",
      target: 50,
      phase: "foundation",
    });
    expect(one("youths-paired", "441402", 10)?.status).toBe("off-track");
  });

  it("gives no-target outside the area, and no-data for a missing figure", () => {
    expect(one("youths-paired", "441422", 10)?.status).toBe("no-target");
    expect(one("youths-paired", "441402", null)?.status).toBe("no-data");
  });

  it("never computes from a hidden figure: <5 gets the status all of 1–4 share, and no ratio", () => {
    const p = one("youths-paired", "441402", "<5");
    expect(p).toMatchObject({ status: "off-track", actual: "<5", ratio: null, target: 50 });
  });

  it("gives a suppressed figure no-data (its status would narrow it) but keeps its target", () => {
    expect(one("youths-paired", "441402", "suppressed")).toMatchObject({
      status: "no-data",
      ratio: null,
      target: 50,
    });
  });

  it("rounds expected to 2 and ratio to 4 decimals", () => {
    const p = one("star-organisations", "440000", 200, "2016-10");
    expect(p?.expected).toBe(210.46);
    expect(p?.ratio).toBe(0.9503);
  });
});
