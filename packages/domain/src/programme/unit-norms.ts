import type { LocalizedText } from "../i18n/localized-text.js";
import type { IndicatorId } from "../indicators/indicator-ids.js";
import { type Arithmetic, arithmetic } from "./arithmetic.js";
import type { PhaseId } from "./phase-ids.js";

/** One figure the notice states per unit (per county, per organisation, per station…). */
export interface UnitNorm {
  readonly value: number;
  /** True when the notice qualifies the figure with 约 ("about"). */
  readonly approximate: boolean;
  readonly name: LocalizedText;
  readonly clause: string;
  /** The notice's own words (without the stray spaces of the PDF's text layer). */
  readonly quote: string;
  /** True when the notice does not state the figure and the project decided it (see docs/decisions.md). */
  readonly decision?: boolean;
}

/**
 * The programme's scale as the notice's preamble states it: 70 poverty counties and 2,277
 * relatively poor villages. Which counties they are is input data (`ProgrammeArea`), not this.
 *
 * @example
 * programmeScale.povertyCounties.value //=> 70
 */
export const programmeScale = {
  povertyCounties: {
    value: 70,
    approximate: false,
    name: { "zh-CN": "贫困县（扶贫县）", en: "Poverty counties" },
    clause: "序言",
    quote: "重点为全省70个贫困县和2277个相对贫困村的贫困残疾青少年提供精准助残服务",
  },
  poorVillages: {
    value: 2277,
    approximate: false,
    name: { "zh-CN": "相对贫困村", en: "Relatively poor villages" },
    clause: "序言",
    quote: "重点为全省70个贫困县和2277个相对贫困村的贫困残疾青少年提供精准助残服务",
  },
} as const satisfies Record<string, UnitNorm>;

/**
 * The per-unit figures of §三 from which every derived target follows (70 × 5 = 350, …).
 * `projectsPerOrganisation` is not stated: §四 has the 350 organisations "build quality
 * projects" (打造精品项目), which we read as one project each (DECISION, docs/decisions.md).
 *
 * @example
 * unitNorms.organisationsPerCounty.value //=> 5
 * unitNorms.youthsPerStation.value //=> 500
 */
export const unitNorms = {
  organisationsPerCounty: {
    value: 5,
    approximate: true,
    name: { "zh-CN": "每个扶贫县的助残之星组织", en: "Star organisations per county" },
    clause: "§三(二)",
    quote: "扶持70个扶贫县共计350个重点培育志愿助残组织发展壮大（每个扶贫县约5个组织）",
  },
  youthsPerOrganisation: {
    value: 10,
    approximate: false,
    name: { "zh-CN": "每个组织结对的青少年", en: "Youths paired per organisation" },
    clause: "§三(二)",
    quote: "动员每个组织结对当地10名贫困残疾青少年",
  },
  projectsPerOrganisation: {
    value: 1,
    approximate: false,
    name: { "zh-CN": "每个组织的精品项目", en: "Quality projects per organisation" },
    clause: "§四 深入推动阶段（2017年）",
    quote: "扶持350个“助残之星”打造精品项目",
    decision: true,
  },
  youthsPerProject: {
    value: 30,
    approximate: true,
    name: { "zh-CN": "每个精品项目服务的青少年", en: "Youths served per quality project" },
    clause: "§三(三)",
    quote: "以项目为载体为结对镇、村约30名残疾青少年提供专业服务",
  },
  stationsPerCounty: {
    value: 1,
    approximate: false,
    name: { "zh-CN": "每个扶贫县的助残V站", en: "V-stations per county" },
    clause: "§三(四)",
    quote: "推动每个扶贫县挂牌成立一间“助残V站”",
  },
  teamsPerStation: {
    value: 20,
    approximate: false,
    name: { "zh-CN": "每个V站的志愿助残队伍", en: "Volunteer teams per V-station" },
    clause: "§三(四)",
    quote: "按照“1个工作站+20支志愿助残队伍+500个残疾青少年”的结对服务模式",
  },
  youthsPerStation: {
    value: 500,
    approximate: false,
    name: { "zh-CN": "每个V站结对服务的青少年", en: "Youths per V-station" },
    clause: "§三(四)",
    quote: "按照“1个工作站+20支志愿助残队伍+500个残疾青少年”的结对服务模式",
  },
} as const satisfies Record<string, UnitNorm>;

/** A county's own target for one indicator, and the phases in which it applies. */
export interface CountyNorm {
  readonly indicator: IndicatorId;
  readonly value: number;
  readonly approximate: boolean;
  /** True when the per-county figure is not stated but follows from the norms. */
  readonly derived: boolean;
  readonly arithmetic?: Arithmetic;
  /**
   * DECISION: the notice states the norms without a phase. A norm applies in the phases whose
   * province target is the programme at full scale for that indicator (docs/decisions.md).
   */
  readonly phases: readonly PhaseId[];
  readonly clause: string;
}

/**
 * Each poverty county's own targets (DOMAIN.md: 5 organisations, 50 paired youths, 1 V-station,
 * 20 teams, 500 youths), plus the two that follow from one project per organisation. A city's
 * target is the county norm × its number of programme counties (see `targetFor`).
 *
 * @example
 * countyNorms.find((n) => n.indicator === "youths-paired")?.value //=> 50
 */
export const countyNorms: readonly CountyNorm[] = [
  {
    indicator: "star-organisations",
    value: 5,
    approximate: true,
    derived: false,
    phases: ["foundation", "deepening", "consolidation"],
    clause: "§三(二)",
  },
  {
    indicator: "youths-paired",
    value: 50,
    approximate: true,
    derived: true,
    arithmetic: arithmetic("product", [5, 10]),
    phases: ["foundation"],
    clause: "§三(二)",
  },
  {
    indicator: "quality-projects",
    value: 5,
    approximate: true,
    derived: true,
    arithmetic: arithmetic("product", [5, 1]),
    phases: ["deepening", "consolidation"],
    clause: "§三(三); §四",
  },
  {
    indicator: "youths-served-by-projects",
    value: 150,
    approximate: true,
    derived: true,
    arithmetic: arithmetic("product", [5, 30]),
    phases: ["deepening", "consolidation"],
    clause: "§三(三)",
  },
  {
    indicator: "v-stations",
    value: 1,
    approximate: false,
    derived: false,
    phases: ["consolidation"],
    clause: "§三(四)",
  },
  {
    indicator: "v-station-teams",
    value: 20,
    approximate: false,
    derived: true,
    arithmetic: arithmetic("product", [1, 20]),
    phases: ["consolidation"],
    clause: "§三(四)",
  },
  {
    indicator: "youths-covered",
    value: 500,
    approximate: false,
    derived: true,
    arithmetic: arithmetic("product", [1, 500]),
    phases: ["consolidation"],
    clause: "§三(四)",
  },
];

/**
 * What the 70 V-stations could serve on the "1+20+500" model: 70 × 500 = 35,000 places. A
 * capacity, not a target: §四 sets "about 30,000" youths covered for 2018.
 *
 * @example
 * vStationPlaces.value //=> 35000
 */
export const vStationPlaces = {
  value: 35_000,
  arithmetic: arithmetic("product", [70, 500]),
  clause: "§三(四)",
  quote: "按照“1个工作站+20支志愿助残队伍+500个残疾青少年”的结对服务模式",
} as const satisfies { value: number; arithmetic: Arithmetic; clause: string; quote: string };
