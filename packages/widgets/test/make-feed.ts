// SYNTHETIC test data: every figure below is invented for tests. The feed is marked
// `sample: true` and names real places only so that names and codes look as in production.
import type { FeedCell, FeedProgress, FeedTarget, PublicFeed } from "@zhucan/domain";

/** The months of the synthetic feed: the foundation phase and the first quarter of 2017. */
export const testMonths = [
  "2016-08",
  "2016-09",
  "2016-10",
  "2016-11",
  "2016-12",
  "2017-01",
  "2017-02",
  "2017-03",
] as const;

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

const regions: PublicFeed["regions"] = [
  { code: "440000", level: "province", name: text("广东省", "Guangdong"), parent: null },
  { code: "440100", level: "city", name: text("广州市", "Guangzhou"), parent: "440000" },
  { code: "440600", level: "city", name: text("佛山市", "Foshan"), parent: "440000" },
  { code: "440800", level: "city", name: text("湛江市", "Zhanjiang"), parent: "440000" },
  { code: "441400", level: "city", name: text("梅州市", "Meizhou"), parent: "440000" },
  { code: "441800", level: "city", name: text("清远市", "Qingyuan"), parent: "440000" },
  // Shunde reports as its own unit (§六) but is not a poverty county.
  county("440606", "顺德区", "Shunde District", "440600", false),
  county("440825", "徐闻县", "Xuwen County", "440800", true),
  county("440882", "雷州市", "Leizhou", "440800", true),
  county("441422", "大埔县", "Dabu County", "441400", true),
  county("441426", "平远县", "Pingyuan County", "441400", true),
  county("441481", "兴宁市", "Xingning", "441400", true),
  county(
    "441825",
    "连山壮族瑶族自治县",
    "Lianshan Zhuang and Yao Autonomous County",
    "441800",
    true,
  ),
  county("441826", "连南瑶族自治县", "Liannan Yao Autonomous County", "441800", true),
  county("441882", "连州市", "Lianzhou", "441800", true),
];

function county(code: string, zh: string, en: string, parent: string, inArea: boolean) {
  return {
    code,
    level: "county" as const,
    name: text(zh, en),
    parent,
    inProgrammeArea: inArea,
  };
}

const indicators: PublicFeed["indicators"] = [
  ["youths-registered", "建档立卡青少年", "Youths registered", "人", "people", true],
  ["need-education-support", "需求：支教助学", "Need: education support", "人", "people", true],
  ["need-employment", "需求：就业扶贫", "Need: employment", "人", "people", true],
  ["need-skills-training", "需求：技能培训", "Need: skills training", "人", "people", true],
  ["need-rehabilitation", "需求：康复治疗", "Need: rehabilitation", "人", "people", true],
  ["need-social-integration", "需求：社会融入", "Need: social integration", "人", "people", true],
  ["star-organisations", "助残之星组织", "Star organisations", "个", "organisations", false],
  ["youths-paired", "结对青少年", "Youths paired", "人", "people", true],
  ["quality-projects", "助残精品项目", "Quality projects", "个", "projects", false],
  [
    "youths-served-by-projects",
    "项目服务青少年",
    "Youths served by projects",
    "人",
    "people",
    true,
  ],
  ["v-stations", "助残V站", "V-stations", "个", "stations", false],
  ["v-station-teams", "V站志愿服务队", "V-station teams", "支", "teams", false],
  ["youths-covered", "服务覆盖青少年", "Youths covered", "人", "people", true],
  ["reports-on-time", "按时报送", "Reports on time", "份", "reports", false],
].map(([id, zh, en, unitZh, unitEn, countsPeople]) => ({
  id: id as PublicFeed["indicators"][number]["id"],
  name: text(zh as string, en as string),
  unit: text(unitZh as string, unitEn as string),
  countsPeople: countsPeople as boolean,
}));

type Cells = readonly FeedCell[];
const zeros: Cells = [0, 0, 0, 0, 0, 0, 0, 0];

// youths-covered by county; cities and the province are the sums at the as-of month.
const youthsCovered: Record<string, Cells> = {
  "440000": [0, 180, 560, 1150, 1900, 2800, 3700, 4720],
  "440100": zeros,
  "440600": zeros,
  "440800": [0, 0, 0, 0, 0, 0, 0, 0],
  "441400": [0, 100, 300, 600, 1000, 1500, 2000, 2600],
  "441800": [0, 80, 260, 550, 900, 1300, 1700, 2120],
  "440606": zeros,
  "440825": [null, null, null, null, null, null, null, null],
  "440882": [0, 0, 0, 0, 0, 0, 0, 0],
  "441422": [0, 60, 150, 300, 500, 700, 950, 1200],
  "441426": [null, "<5", 40, 90, 150, 300, 450, 600],
  "441481": [0, "suppressed", 110, 210, 350, 500, 600, 800],
  "441825": [0, "<5", 60, 150, 250, 400, 500, 620],
  "441826": [0, "suppressed", 90, 180, 300, 450, 600, 700],
  "441882": [0, 75, 110, 220, 350, 450, 600, 800],
};

const registered: Record<string, Cells> = {
  "440000": [0, 900, 2100, 3300, 4200, 4900, 5400, 5800],
  "441400": [0, 500, 1150, 1800, 2300, 2650, 2900, 3100],
  "441800": [0, 400, 950, 1500, 1900, 2250, 2500, 2700],
  "441426": [0, "<5", 40, 80, 120, 140, 160, 170],
};

// Share of registered youths with each need; a youth may have several needs, so they add to >1.
const needShares = {
  "need-education-support": 0.36,
  "need-employment": 0.26,
  "need-skills-training": 0.31,
  "need-rehabilitation": 0.53,
  "need-social-integration": 0.21,
} as const;

function share(values: Cells, ratio: number): Cells {
  return values.map((v) => {
    if (typeof v !== "number") return v;
    const n = Math.round(v * ratio);
    return n > 0 && n < 5 ? "<5" : n;
  });
}

const starOrganisations: Record<string, Cells> = {
  "440000": [0, 40, 120, 210, 300, 340, 350, 352],
  "441400": [0, 20, 60, 100, 140, 160, 165, 166],
  "441800": [0, 20, 60, 110, 160, 180, 185, 186],
  "441426": [0, 1, 2, 3, 4, 5, 5, 5],
  "441825": [0, 0, 1, 2, 3, 3, 4, 4],
};

const vStations: Record<string, Cells> = {
  "440000": [0, 0, 0, 0, 0, 1, 2, 4],
  "441400": [0, 0, 0, 0, 0, 1, 1, 2],
  "441800": [0, 0, 0, 0, 0, 0, 1, 2],
};

const youthsPaired: Record<string, Cells> = {
  "440000": [0, 300, 900, 1800, 2700, 3300, 3450, 3510],
};

function series(
  indicator: PublicFeed["series"][number]["indicator"],
  table: Record<string, Cells>,
) {
  return Object.entries(table).map(([region, values]) => ({
    indicator,
    region,
    values: [...values],
  }));
}

function target(
  indicator: FeedTarget["indicator"],
  phase: FeedTarget["phase"],
  region: string,
  value: number,
  formula?: string,
): FeedTarget {
  return {
    indicator,
    phase,
    region,
    value,
    derived: formula !== undefined,
    ...(formula ? { formula } : {}),
    clause: "§四",
  };
}

const targets: FeedTarget[] = [
  target("youths-covered", "foundation", "440000", 3500, "350 × 10"),
  target("youths-covered", "deepening", "440000", 10000),
  target("youths-covered", "consolidation", "440000", 30000),
  target("star-organisations", "foundation", "440000", 350, "70 × 5"),
  target("star-organisations", "deepening", "440000", 350),
  target("star-organisations", "consolidation", "440000", 350),
  target("v-stations", "deepening", "440000", 36, "⌈70 ÷ 2⌉ + 1"),
  target("v-stations", "consolidation", "440000", 70),
  target("youths-paired", "foundation", "440000", 3500, "350 × 10"),
  target("star-organisations", "foundation", "441426", 5),
  target("star-organisations", "deepening", "441426", 5),
  target("star-organisations", "consolidation", "441426", 5),
];

function progress(
  indicator: FeedProgress["indicator"],
  region: string,
  status: FeedProgress["status"],
  actual: FeedCell,
  expected: number | null,
  target: number | null,
): FeedProgress {
  const ratio =
    typeof actual === "number" && expected ? Math.round((actual / expected) * 1000) / 1000 : null;
  return {
    indicator,
    region,
    status,
    actual,
    expected,
    ratio,
    target,
    phase: target === null ? null : "deepening",
  };
}

// At the end of March 2017 a quarter of the deepening phase has passed: expected = b + (T − b)/4.
const progressRows: FeedProgress[] = [
  progress("youths-covered", "440000", "needs-acceleration", 4720, 5125, 10000),
  progress("star-organisations", "440000", "achieved", 352, 350, 350),
  progress("v-stations", "440000", "off-track", 4, 9, 36),
  progress("youths-paired", "440000", "no-target", 3510, null, null),
  progress("youths-covered", "441400", "on-track", 2600, 2563, 5000),
  progress("youths-covered", "441800", "needs-acceleration", 2120, 2563, 5000),
  progress("youths-covered", "440825", "no-data", null, 250, 500),
  progress("star-organisations", "441426", "achieved", 5, 5, 5),
];

const timeliness: PublicFeed["timeliness"] = [
  {
    unit: "440100",
    values: [
      "on-time",
      "on-time",
      "on-time",
      "on-time",
      "on-time",
      "on-time",
      "on-time",
      "on-time",
    ],
  },
  {
    unit: "440600",
    values: ["on-time", "late", "on-time", "on-time", "on-time", "on-time", "on-time", "on-time"],
  },
  {
    unit: "440606",
    values: ["missing", "on-time", "on-time", "late", "on-time", "on-time", "on-time", "on-time"],
  },
  {
    unit: "440800",
    values: ["on-time", "on-time", "late", "late", "on-time", "missing", "on-time", "on-time"],
  },
  {
    unit: "441400",
    values: ["on-time", "on-time", "on-time", "on-time", "on-time", "on-time", "late", "on-time"],
  },
  {
    unit: "441800",
    values: ["late", "on-time", "on-time", "on-time", "on-time", "on-time", "on-time", "missing"],
  },
];

const pairings: PublicFeed["pairings"] = [
  { helping: "440100", helped: "441400", source: "synthetic test pairing", confidence: "high" },
  { helping: "440100", helped: "441800", source: "synthetic test pairing", confidence: "high" },
  { helping: "440600", helped: "440800", source: "synthetic test pairing", confidence: "medium" },
  {
    helping: "440606",
    helped: "440800",
    counties: ["440882", "440825"],
    source: "synthetic test pairing",
    confidence: "low",
  },
];

/**
 * A small VALID public feed of SYNTHETIC data (passes `parseFeed`, `sample: true`): the province,
 * five cities, nine county-level units, months 2016-08 … 2017-03, "<5" and "suppressed" cells,
 * targets, progress rows of every status, timeliness and pairings. `overrides` replace top-level
 * fields (e.g. `{ series: [] }` for an empty feed).
 *
 * @example
 * parseFeed(makeFeed()).ok //=> true
 */
export function makeFeed(overrides: Partial<PublicFeed> = {}): PublicFeed {
  const feed: PublicFeed = {
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
    // Not a real digest: parseFeed checks the format only.
    checksum: `sha256-${"0".repeat(64)}`,
    sample: true,
    source: text("合成测试数据", "synthetic test data"),
    months: [...testMonths],
    indicators,
    phases: [
      {
        id: "foundation",
        name: text("基础建设阶段", "Foundation"),
        start: "2016-08-01",
        end: "2017-01-01",
      },
      {
        id: "deepening",
        name: text("深入推动阶段", "Deepening"),
        start: "2017-01-01",
        end: "2018-01-01",
      },
      {
        id: "consolidation",
        name: text("巩固提高阶段", "Consolidation"),
        start: "2018-01-01",
        end: "2019-01-01",
      },
    ],
    regions,
    area: {
      counties: ["440825", "440882", "441422", "441426", "441481", "441825", "441826", "441882"],
      sample: true,
      source: "synthetic test area",
    },
    suppression: {
      threshold: 5,
      level: "county",
      method: text(
        "1–4 人的县级数字显示为“<5”，并作二次隐藏",
        "County counts of 1–4 shown as “<5”, with secondary suppression",
      ),
    },
    series: [
      ...series("youths-covered", youthsCovered),
      ...series("youths-registered", registered),
      ...Object.entries(needShares).flatMap(([need, ratio]) =>
        Object.entries(registered).map(([region, values]) => ({
          indicator: need as keyof typeof needShares,
          region,
          values: [...share(values, ratio)],
        })),
      ),
      ...series("star-organisations", starOrganisations),
      ...series("v-stations", vStations),
      ...series("youths-paired", youthsPaired),
    ],
    targets,
    progress: progressRows,
    timeliness,
    corrections: [
      {
        release: "2017-03",
        unit: "441400",
        month: "2017-02",
        indicator: "youths-covered",
        region: "441400",
        previous: 1950,
        current: 2000,
        reason: "synthetic correction: a late report was added",
      },
    ],
    pairings,
  };
  return { ...feed, ...overrides };
}

/** The synthetic feed as the JSON text a server would send. */
export function makeFeedJson(overrides: Partial<PublicFeed> = {}): string {
  return JSON.stringify(makeFeed(overrides));
}
