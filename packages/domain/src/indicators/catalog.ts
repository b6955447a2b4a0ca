import type { LocalizedText } from "../i18n/localized-text.js";
import { type IndicatorId, indicatorIds, type NeedArea } from "./indicator-ids.js";

/**
 * How an indicator's county figures make the city and province figures:
 * - `sum`: counties add up to their city, cities (and Shunde) to the province;
 * - `reporting-units`: counted over the 22 reporting units (21 cities + Shunde) per month,
 *   each unit contributing 1 or 0; it has no county figure.
 */
export type IndicatorAggregation = "sum" | "reporting-units";

/**
 * `cumulative`: the stock to date at the end of the month (never a monthly flow);
 * `monthly`: a figure of that month alone.
 */
export type IndicatorKind = "cumulative" | "monthly";

/** One indicator of the catalog. Targets are data of their own: `targetsOf(id)`. */
export interface IndicatorDefinition {
  readonly id: IndicatorId;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
  readonly unit: LocalizedText;
  readonly definition: LocalizedText;
  readonly kind: IndicatorKind;
  /** True when the figure counts people, so that small counts are suppressed at county level. */
  readonly countsPeople: boolean;
  readonly aggregation: IndicatorAggregation;
  /** The one indicator that sums up the programme (§四's coverage figures). */
  readonly headline?: boolean;
  readonly clause: string;
  /** For the five need splits: the need area of §三(一) it counts. */
  readonly needArea?: NeedArea;
  /** What a reader could get wrong. */
  readonly notes?: readonly LocalizedText[];
}

const people: LocalizedText = { "zh-CN": "人", en: "people" };

const needsOverlap: LocalizedText = {
  "zh-CN": "一名青少年可能有多项需求，五项需求之和不等于建档立卡人数。",
  en: "A youth may have several needs, so the five need splits do NOT add up to youths-registered.",
};

const needNames: Record<NeedArea, { zh: string; en: string }> = {
  "education-support": { zh: "支教助学", en: "education support" },
  employment: { zh: "就业扶贫", en: "employment" },
  "skills-training": { zh: "技能培训", en: "skills training" },
  rehabilitation: { zh: "康复治疗", en: "rehabilitation" },
  "social-integration": { zh: "社会融入", en: "social integration" },
};

function needSplit(id: IndicatorId, area: NeedArea): IndicatorDefinition {
  const { zh, en } = needNames[area];
  return {
    id,
    name: { "zh-CN": `有${zh}需求的建档立卡青少年`, en: `Registered youths needing ${en}` },
    shortName: { "zh-CN": `${zh}需求`, en: `Need: ${en}` },
    unit: people,
    definition: {
      "zh-CN": `已建立“一对一”服务档案、档案记载有${zh}方面迫切需求的贫困残疾青少年人数（累计）。`,
      en: `Registered poor disabled youths whose one-to-one service file records an urgent need for ${en} (to date).`,
    },
    kind: "cumulative",
    countsPeople: true,
    aggregation: "sum",
    clause: "§三(一)",
    needArea: area,
    notes: [needsOverlap],
  };
}

/**
 * The programme's indicators, in the order of `indicatorIds`: registration and its five need
 * splits (§三(一)), the three plans (§三(二)–(四)), coverage (§四) and report timeliness (§六).
 *
 * @example
 * indicators.length //=> 14
 * indicators.find((i) => i.headline)?.id //=> "youths-covered"
 */
export const indicators: readonly IndicatorDefinition[] = [
  {
    id: "youths-registered",
    name: { "zh-CN": "建档立卡贫困残疾青少年", en: "Youths registered" },
    shortName: { "zh-CN": "建档立卡", en: "Registered" },
    unit: people,
    definition: {
      "zh-CN": "扶贫地区6至35周岁、已建立“一对一”服务档案的贫困残疾青少年人数（累计）。",
      en: "Poor disabled youths aged 6 to 35 in the programme area with a one-to-one service file (to date).",
    },
    kind: "cumulative",
    countsPeople: true,
    aggregation: "sum",
    clause: "§三(一)",
    notes: [
      {
        "zh-CN": "§四只要求“基本完成被帮扶地市残疾青少年立档建卡”，未给出数字，故无目标。",
        en: "§四 asks only that registration be “basically complete” in helped cities, with no number: no target.",
      },
    ],
  },
  needSplit("need-education-support", "education-support"),
  needSplit("need-employment", "employment"),
  needSplit("need-skills-training", "skills-training"),
  needSplit("need-rehabilitation", "rehabilitation"),
  needSplit("need-social-integration", "social-integration"),
  {
    id: "star-organisations",
    name: { "zh-CN": "“助残之星”重点培育志愿助残组织", en: "Star organisations" },
    shortName: { "zh-CN": "助残之星", en: "Star orgs" },
    unit: { "zh-CN": "个", en: "organisations" },
    definition: {
      "zh-CN": "扶贫县内获“助残之星”组织扶持计划扶持的重点培育志愿助残组织数（累计）。",
      en: "Key volunteer disability-assistance organisations in poverty counties supported by the star-organisation plan (to date).",
    },
    kind: "cumulative",
    countsPeople: false,
    aggregation: "sum",
    clause: "§三(二)",
  },
  {
    id: "youths-paired",
    name: { "zh-CN": "精准结对帮扶的贫困残疾青少年", en: "Youths paired" },
    shortName: { "zh-CN": "结对帮扶", en: "Paired" },
    unit: people,
    definition: {
      "zh-CN":
        "与“助残之星”组织以“结对+接力”方式结对的贫困残疾青少年人数（累计），其家庭随之受益、不另计。",
      en: "Poor disabled youths paired with a star organisation (“pairing + relay”), to date; their families benefit with them and are not counted apart.",
    },
    kind: "cumulative",
    countsPeople: true,
    aggregation: "sum",
    clause: "§三(二)",
  },
  {
    id: "quality-projects",
    name: { "zh-CN": "“助残精品”志愿助残项目", en: "Quality projects" },
    shortName: { "zh-CN": "精品项目", en: "Projects" },
    unit: { "zh-CN": "个", en: "projects" },
    definition: {
      "zh-CN": "“助残之星”组织围绕结对青少年需求打造、正在实施的志愿助残精品项目数（累计）。",
      en: "Quality disability-assistance projects built by star organisations around their paired youths' needs (to date).",
    },
    kind: "cumulative",
    countsPeople: false,
    aggregation: "sum",
    clause: "§三(三)",
  },
  {
    id: "youths-served-by-projects",
    name: { "zh-CN": "精品项目服务的残疾青少年", en: "Youths served by quality projects" },
    shortName: { "zh-CN": "项目服务", en: "Served by projects" },
    unit: people,
    definition: {
      "zh-CN": "在结对镇、村接受精品项目专业服务的残疾青少年人数（累计）。",
      en: "Disabled youths in the paired towns and villages receiving professional services of a quality project (to date).",
    },
    kind: "cumulative",
    countsPeople: true,
    aggregation: "sum",
    clause: "§三(三)",
  },
  {
    id: "v-stations",
    name: { "zh-CN": "“助残V站”", en: "V-stations" },
    shortName: { "zh-CN": "助残V站", en: "V-stations" },
    unit: { "zh-CN": "间", en: "stations" },
    definition: {
      "zh-CN": "扶贫县挂牌成立的“助残V站”数（累计）。",
      en: "Disability-assistance V-stations officially opened in poverty counties (to date).",
    },
    kind: "cumulative",
    countsPeople: false,
    aggregation: "sum",
    clause: "§三(四)",
  },
  {
    id: "v-station-teams",
    name: { "zh-CN": "“助残V站”结对的志愿助残队伍", en: "V-station volunteer teams" },
    shortName: { "zh-CN": "V站队伍", en: "Teams" },
    unit: { "zh-CN": "支", en: "teams" },
    definition: {
      "zh-CN":
        "按“1个工作站+20支志愿助残队伍+500个残疾青少年”模式与V站结对的志愿助残队伍数（累计）。",
      en: "Volunteer disability-assistance teams attached to a V-station on the “1 station + 20 teams + 500 youths” model (to date).",
    },
    kind: "cumulative",
    countsPeople: false,
    aggregation: "sum",
    clause: "§三(四)",
  },
  {
    id: "youths-covered",
    name: { "zh-CN": "服务覆盖的贫困残疾青少年", en: "Youths covered" },
    shortName: { "zh-CN": "服务覆盖", en: "Covered" },
    unit: people,
    definition: {
      "zh-CN":
        "接受过本行动任一项服务的残疾青少年人数（累计，每人只计一次），其家庭随之受益、不另计。",
      en: "Disabled youths who have received any service of the action, each counted once (to date); their families are covered with them and not counted apart.",
    },
    kind: "cumulative",
    countsPeople: true,
    aggregation: "sum",
    headline: true,
    clause: "§四",
    notes: [
      {
        "zh-CN":
          "同一青少年既结对又受项目服务时只计一次，故本指标不等于结对人数与项目服务人数之和。",
        en: "A youth both paired and served by a project counts once, so this is not youths-paired + youths-served-by-projects.",
      },
    ],
  },
  {
    id: "reports-on-time",
    name: { "zh-CN": "按时上报的报送单位", en: "Reports on time" },
    shortName: { "zh-CN": "按时上报", en: "On time" },
    unit: { "zh-CN": "个单位", en: "reporting units" },
    definition: {
      "zh-CN":
        "该月数据在次月20日（含）前报送团省委、省志愿者联合会的报送单位数（21个地级以上市及顺德区，共22个）。",
      en: "Reporting units (the 21 cities and Shunde, 22 in all) whose report for the month arrived by the 20th of the next month.",
    },
    kind: "monthly",
    countsPeople: false,
    aggregation: "reporting-units",
    clause: "§六",
    notes: [
      {
        "zh-CN": "截止时间为次月20日23:59:59.999（北京时间），见 reportDeadline（决定）。",
        en: "The deadline is 23:59:59.999 on the 20th of the next month, Beijing time: see reportDeadline (DECISION).",
      },
    ],
  },
];

/**
 * An indicator's definition by id; `undefined` for anything that is not an indicator id.
 *
 * @example
 * getIndicator("v-stations")?.unit["zh-CN"] //=> "间"
 * getIndicator("youths") //=> undefined
 */
export function getIndicator(id: unknown): IndicatorDefinition | undefined {
  if (typeof id !== "string" || !(indicatorIds as readonly string[]).includes(id)) return undefined;
  return indicators.find((indicator) => indicator.id === id);
}
