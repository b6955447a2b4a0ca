// SYNTHETIC test data: a feed invented for the parseFeed tests, marked `sample: true`.
import type { PublicFeed } from "./public-feed.js";

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

/**
 * A small VALID synthetic feed: province, one city, two counties, two months. Test support only
 * (not built into the package); every name and figure is invented, and it says `sample: true`.
 */
export function syntheticFeed(): PublicFeed {
  const months = ["2017-02", "2017-03"];
  return {
    schemaVersion: "1.0.0",
    release: "2017-03",
    asOf: "2017-03",
    generatedAt: "2017-04-21T09:00:00+08:00",
    publisher: { name: text("示例发布单位（合成）", "Sample publisher (synthetic)") },
    licence: {
      id: "CC-BY-4.0",
      name: "Creative Commons Attribution 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
    },
    checksum: `sha256-${"0".repeat(64)}`,
    sample: true,
    source: text("合成测试数据", "synthetic test data"),
    months,
    indicators: [
      {
        id: "youths-covered",
        name: text("服务覆盖青少年", "Youths covered"),
        unit: text("人", "people"),
        countsPeople: true,
      },
    ],
    phases: [
      {
        id: "deepening",
        name: text("深入推动阶段", "Deepening"),
        start: "2017-01-01",
        end: "2018-01-01",
      },
    ],
    regions: [
      { code: "440000", level: "province", name: text("广东省", "Guangdong"), parent: null },
      { code: "441400", level: "city", name: text("梅州市", "Meizhou"), parent: "440000" },
      {
        code: "441422",
        level: "county",
        name: text("大埔县", "Dabu"),
        parent: "441400",
        inProgrammeArea: true,
      },
      {
        code: "441426",
        level: "county",
        name: text("平远县", "Pingyuan"),
        parent: "441400",
        inProgrammeArea: true,
      },
    ],
    area: { counties: ["441422", "441426"], sample: true, source: "synthetic area" },
    suppression: { threshold: 5, level: "county", method: text("合成", "synthetic") },
    series: [
      { indicator: "youths-covered", region: "440000", values: [60, 70] },
      { indicator: "youths-covered", region: "441400", values: [60, 70] },
      { indicator: "youths-covered", region: "441422", values: [58, "suppressed"] },
      { indicator: "youths-covered", region: "441426", values: ["<5", "<5"] },
    ],
    targets: [
      {
        indicator: "youths-covered",
        phase: "deepening",
        region: "440000",
        value: 10000,
        derived: false,
        clause: "§四",
      },
    ],
    progress: [
      {
        indicator: "youths-covered",
        region: "440000",
        status: "off-track",
        actual: 70,
        expected: 5125,
        ratio: 0.014,
        target: 10000,
        phase: "deepening",
      },
    ],
    timeliness: [{ unit: "441400", values: ["on-time", "late"] }],
    corrections: [
      {
        release: "2017-03",
        unit: "441400",
        month: "2017-02",
        indicator: "youths-covered",
        region: "441422",
        previous: 59,
        current: 58,
        reason: "synthetic correction",
      },
    ],
    pairings: [
      { helping: "440100", helped: "441400", source: "synthetic pairing", confidence: "high" },
    ],
  };
}
