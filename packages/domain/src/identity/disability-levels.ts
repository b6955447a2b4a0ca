import type { LocalizedText } from "../i18n/localized-text.js";

/** A disability level: the 20th character of a certificate number, 1 the most severe. */
export type DisabilityLevel = 1 | 2 | 3 | 4;

/** One level of the second-generation disability certificate. */
export interface DisabilityLevelInfo {
  readonly level: DisabilityLevel;
  readonly name: LocalizedText;
}

/**
 * The four disability levels a certificate number encodes in its 20th digit, from 一级 (most
 * severe) to 四级 (least severe), as GB/T 26341-2010 grades them.
 *
 * @example
 * disabilityLevels[0].name["zh-CN"] //=> "一级"
 * disabilityLevels.length //=> 4
 */
export const disabilityLevels: readonly DisabilityLevelInfo[] = [
  { level: 1, name: { "zh-CN": "一级", en: "Level 1 (most severe)" } },
  { level: 2, name: { "zh-CN": "二级", en: "Level 2" } },
  { level: 3, name: { "zh-CN": "三级", en: "Level 3" } },
  { level: 4, name: { "zh-CN": "四级", en: "Level 4 (least severe)" } },
];
