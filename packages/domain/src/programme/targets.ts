import type { LocalizedText } from "../i18n/localized-text.js";
import type { IndicatorId } from "../indicators/indicator-ids.js";
import { type Arithmetic, arithmetic, evaluateArithmetic } from "./arithmetic.js";
import { type PhaseId, phaseIds } from "./phase-ids.js";
import { countyNorms } from "./unit-norms.js";

/**
 * How the notice words a figure: `at-least` (a number to reach: 培育350个), `about` (约3500名),
 * `more-than-half` (半数以上扶贫县), `every` (县县建V站: one in every county).
 */
export type TargetComparison = "at-least" | "about" | "more-than-half" | "every";

/** A province-wide target of one indicator in one phase, with its source in the notice. */
export interface ProgrammeTarget {
  readonly indicator: IndicatorId;
  readonly phase: PhaseId;
  readonly level: "province";
  readonly value: number;
  readonly comparison: TargetComparison;
  readonly clause: string;
  /** The notice's own words (without the stray spaces of the PDF's text layer). */
  readonly quote: string;
  /** False when the notice states the figure; true when it follows from the notice's norms. */
  readonly derived: boolean;
  /** How the figure follows from the norms; for a stated figure, the notice's own cross-check. */
  readonly arithmetic?: Arithmetic;
  /** A reading of the notice the project had to make (docs/decisions.md). */
  readonly note?: LocalizedText;
}

const stage = {
  foundation: "§四 基础建设阶段（2016年）",
  deepening: "§四 深入推动阶段（2017年）",
  consolidation: "§四 巩固提高阶段（2018年）",
} as const;

const onePerOrganisation: LocalizedText = {
  "zh-CN": "通知未写明项目数；按每个“助残之星”组织打造一个精品项目计（决定）。",
  en: "The notice gives no project count; we count one quality project per star organisation (DECISION).",
};
const projectPhases: LocalizedText = {
  "zh-CN": "§三(三)未写明阶段；按精品项目打造（2017年）及持续扶持（2018年）的阶段适用（决定）。",
  en: "§三(三) names no phase; it applies when projects are built (2017) and sustained (2018) (DECISION).",
};

/**
 * Every province-wide target of §四, and those that follow from §三's norms, as data. The
 * registration milestone ("基本完成被帮扶地市残疾青少年立档建卡") has no number, so no target.
 *
 * @example
 * targets.filter((t) => t.phase === "foundation").map((t) => t.value) //=> [350, 3500]
 */
export const targets: readonly ProgrammeTarget[] = [
  {
    indicator: "star-organisations",
    phase: "foundation",
    level: "province",
    value: 350,
    comparison: "at-least",
    clause: stage.foundation,
    quote: "培育350个“助残之星”",
    derived: false,
    arithmetic: arithmetic("product", [70, 5]),
  },
  {
    indicator: "youths-paired",
    phase: "foundation",
    level: "province",
    value: 3500,
    comparison: "about",
    clause: stage.foundation,
    quote: "精准结对帮扶约3500名贫困残疾青少年及其家庭",
    derived: false,
    arithmetic: arithmetic("product", [350, 10]),
  },
  {
    indicator: "star-organisations",
    phase: "deepening",
    level: "province",
    value: 350,
    comparison: "at-least",
    clause: stage.deepening,
    quote: "扶持350个“助残之星”打造精品项目",
    derived: false,
  },
  {
    indicator: "quality-projects",
    phase: "deepening",
    level: "province",
    value: 350,
    comparison: "at-least",
    clause: stage.deepening,
    quote: "扶持350个“助残之星”打造精品项目",
    derived: false,
    arithmetic: arithmetic("product", [350, 1]),
    note: onePerOrganisation,
  },
  {
    indicator: "youths-served-by-projects",
    phase: "deepening",
    level: "province",
    value: 10_500,
    comparison: "about",
    clause: "§三(三)",
    quote: "以项目为载体为结对镇、村约30名残疾青少年提供专业服务",
    derived: true,
    arithmetic: arithmetic("product", [350, 30]),
    note: projectPhases,
  },
  {
    indicator: "v-stations",
    phase: "deepening",
    level: "province",
    value: 36,
    comparison: "more-than-half",
    clause: stage.deepening,
    quote: "实现被帮扶地市半数以上扶贫县建立“助残V站”",
    derived: true,
    arithmetic: arithmetic("more-than-half", [70]),
    note: {
      "zh-CN": "被帮扶地市的扶贫县即全省70个扶贫县；“半数以上”按“过半数”取36（决定）。",
      en: "The helped cities' poverty counties are the 70; “more than half” is taken as 36 (DECISION).",
    },
  },
  {
    indicator: "youths-covered",
    phase: "deepening",
    level: "province",
    value: 10_000,
    comparison: "about",
    clause: stage.deepening,
    quote: "服务覆盖约1万名贫困残疾青少年及其家庭",
    derived: false,
  },
  {
    indicator: "star-organisations",
    phase: "consolidation",
    level: "province",
    value: 350,
    comparison: "at-least",
    clause: stage.consolidation,
    quote: "持续扶持350个“助残之星”和精品项目",
    derived: false,
  },
  {
    indicator: "quality-projects",
    phase: "consolidation",
    level: "province",
    value: 350,
    comparison: "at-least",
    clause: stage.consolidation,
    quote: "持续扶持350个“助残之星”和精品项目",
    derived: false,
    arithmetic: arithmetic("product", [350, 1]),
    note: onePerOrganisation,
  },
  {
    indicator: "youths-served-by-projects",
    phase: "consolidation",
    level: "province",
    value: 10_500,
    comparison: "about",
    clause: "§三(三)",
    quote: "以项目为载体为结对镇、村约30名残疾青少年提供专业服务",
    derived: true,
    arithmetic: arithmetic("product", [350, 30]),
    note: projectPhases,
  },
  {
    indicator: "v-stations",
    phase: "consolidation",
    level: "province",
    value: 70,
    comparison: "every",
    clause: stage.consolidation,
    quote: "基本实现70个扶贫县“县县建V站”的目标",
    derived: false,
    arithmetic: arithmetic("product", [70, 1]),
  },
  {
    indicator: "v-station-teams",
    phase: "consolidation",
    level: "province",
    value: 1400,
    comparison: "at-least",
    clause: "§三(四)",
    quote: "按照“1个工作站+20支志愿助残队伍+500个残疾青少年”的结对服务模式",
    derived: true,
    arithmetic: arithmetic("product", [70, 20]),
    note: {
      "zh-CN": "按2018年县县建V站、每站20支队伍计（决定）。",
      en: "Applies in 2018, when every county has a station with 20 teams (DECISION).",
    },
  },
  {
    indicator: "youths-covered",
    phase: "consolidation",
    level: "province",
    value: 30_000,
    comparison: "about",
    clause: stage.consolidation,
    quote: "服务覆盖约3万名残疾青少年及其家庭",
    derived: false,
  },
];

/**
 * The province-wide targets of one indicator, in phase order (empty when it has none).
 *
 * @example
 * targetsOf("youths-covered").map((t) => [t.phase, t.value]) //=> [["deepening", 10000], ["consolidation", 30000]]
 * targetsOf("youths-registered") //=> []
 */
export function targetsOf(indicator: IndicatorId): readonly ProgrammeTarget[] {
  return phaseIds.flatMap((phase) =>
    targets.filter((t) => t.indicator === indicator && t.phase === phase),
  );
}

/** The levels a target can be asked for: a county's and a city's come from the per-county norms. */
export type TargetLevel = "province" | "city" | "county";

/** Options of {@link targetFor}. */
export interface TargetForOptions {
  /** Whose target: the province's (the notice's figures), a city's or a county's. */
  level?: TargetLevel;
  /** For `level: "city"`: how many programme-area (poverty) counties the city has. */
  counties?: number;
}

/** Defaults of {@link TargetForOptions}: the province's figures. */
export const targetForDefaults = { level: "province" } as const satisfies TargetForOptions;

/** A target resolved for one level, ready to publish (see `FeedTarget`). */
export interface ResolvedTarget {
  readonly value: number;
  readonly derived: boolean;
  readonly formula?: string;
  readonly clause: string;
}

/**
 * The target of an indicator in a phase for the province, a county or a city. Province figures
 * come from {@link targets}; a county's from its per-county norm (`countyNorms`) in the phases
 * where that norm applies; a city's is the norm × its number of programme counties, except
 * "more than half" of the V-stations (2017), which for a city is ⌊n ÷ 2⌋ + 1 of its n counties
 * and has no county figure (DECISION, docs/decisions.md). `undefined` when there is none.
 *
 * @example
 * targetFor("v-station-teams", "consolidation")?.value //=> 1400
 * targetFor("youths-paired", "foundation", { level: "county" })?.value //=> 50
 * targetFor("youths-paired", "foundation", { level: "city", counties: 3 })?.formula //=> "50 × 3 = 150"
 * targetFor("v-stations", "deepening", { level: "city", counties: 3 })?.value //=> 2
 * targetFor("youths-registered", "foundation") //=> undefined
 */
export function targetFor(
  indicator: IndicatorId,
  phase: PhaseId,
  options: TargetForOptions = {},
): ResolvedTarget | undefined {
  const level = options.level ?? targetForDefaults.level;
  const province = targets.find((t) => t.indicator === indicator && t.phase === phase);
  if (level === "province") {
    if (!province) return undefined;
    const { value, derived, arithmetic: a, clause } = province;
    return a ? { value, derived, formula: a.formula, clause } : { value, derived, clause };
  }
  const counties = options.counties;
  const cityCounties =
    level === "city" && counties !== undefined && Number.isInteger(counties) && counties > 0
      ? counties
      : undefined;
  if (level === "city" && cityCounties === undefined) return undefined;
  if (province?.arithmetic?.operation === "more-than-half") {
    if (cityCounties === undefined) return undefined;
    const a = arithmetic("more-than-half", [cityCounties]);
    return {
      value: evaluateArithmetic(a),
      derived: true,
      formula: a.formula,
      clause: province.clause,
    };
  }
  const norm = countyNorms.find((n) => n.indicator === indicator && n.phases.includes(phase));
  if (!norm) return undefined;
  if (cityCounties === undefined) {
    const formula = norm.arithmetic?.formula;
    return formula
      ? { value: norm.value, derived: norm.derived, formula, clause: norm.clause }
      : { value: norm.value, derived: norm.derived, clause: norm.clause };
  }
  const a = arithmetic("product", [norm.value, cityCounties]);
  return {
    value: norm.value * cityCounties,
    derived: true,
    formula: a.formula,
    clause: norm.clause,
  };
}

/**
 * The stepped target of an indicator for one level as a phase → value map, the form
 * `progressStatus` takes in its `targets` option.
 *
 * @example
 * phaseTargetsOf("v-stations", { level: "city", counties: 3 }) //=> { deepening: 2, consolidation: 3 }
 */
export function phaseTargetsOf(
  indicator: IndicatorId,
  options: TargetForOptions = {},
): Partial<Record<PhaseId, number>> {
  const out: Partial<Record<PhaseId, number>> = {};
  for (const phase of phaseIds) {
    const target = targetFor(indicator, phase, options);
    if (target) out[phase] = target.value;
  }
  return out;
}
