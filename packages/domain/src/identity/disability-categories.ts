import type { LocalizedText } from "../i18n/localized-text.js";

/** A disability category code: the 19th character of a disability certificate number. */
export type DisabilityCategoryCode = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A disability category's stable English key. */
export type DisabilityCategoryKey =
  | "visual"
  | "hearing"
  | "speech"
  | "physical"
  | "intellectual"
  | "mental"
  | "multiple";

/** One category of the second-generation disability certificate (第二代残疾人证). */
export interface DisabilityCategory {
  readonly code: DisabilityCategoryCode;
  readonly key: DisabilityCategoryKey;
  readonly name: LocalizedText;
}

/**
 * The seven disability categories a certificate number encodes in its 19th digit, as the
 * certificate (and GB/T 26341-2010, 残疾人残疾分类和分级) numbers them.
 *
 * @example
 * disabilityCategories.find((c) => c.code === 4)?.name["zh-CN"] //=> "肢体残疾"
 * disabilityCategories.map((c) => c.key).join() //=> "visual,hearing,speech,physical,intellectual,mental,multiple"
 */
export const disabilityCategories: readonly DisabilityCategory[] = [
  { code: 1, key: "visual", name: { "zh-CN": "视力残疾", en: "Visual disability" } },
  { code: 2, key: "hearing", name: { "zh-CN": "听力残疾", en: "Hearing disability" } },
  { code: 3, key: "speech", name: { "zh-CN": "言语残疾", en: "Speech disability" } },
  { code: 4, key: "physical", name: { "zh-CN": "肢体残疾", en: "Physical disability" } },
  { code: 5, key: "intellectual", name: { "zh-CN": "智力残疾", en: "Intellectual disability" } },
  { code: 6, key: "mental", name: { "zh-CN": "精神残疾", en: "Mental disability" } },
  { code: 7, key: "multiple", name: { "zh-CN": "多重残疾", en: "Multiple disabilities" } },
];
