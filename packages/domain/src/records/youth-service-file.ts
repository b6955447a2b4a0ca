import * as z from "zod/mini";
import type { LocalizedText } from "../i18n/localized-text.js";
import { type NeedArea, needAreas } from "../indicators/indicator-ids.js";
import { DivisionCode, VillageCode } from "./record-fields.js";

/**
 * One row of a county's private one-to-one service file (“一对一”服务档案, §三(一)): a poor
 * disabled youth, their documents, where they live, whether the household is registered as
 * poor, and their urgent needs in the five areas. PRIVATE: names, ID and certificate numbers of
 * (often under-age) people are sensitive personal information under PIPL and never leave the
 * private side; only aggregated counts do.
 *
 * The ID fields are checked for shape only; `parseResidentId` and `checkEligibility` check the
 * rest (check character, birth date, age, area).
 *
 * @example
 * YouthServiceRecord.safeParse({
 *   name: "测试甲（合成）", residentId: "441481200503010016",
 *   disabilityCertificate: "44148120050301001641", county: "441481",
 *   registeredPoor: true, needs: ["rehabilitation"],
 * }).success //=> true
 */
export const YouthServiceRecord = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  /** 18-character resident ID (`X` allowed as the last) or a legacy 15-digit one. */
  residentId: z.string().check(z.regex(/^(\d{17}[\dXx]|\d{15})$/, "resident ID number")),
  /** 20-character second-generation disability certificate number. */
  disabilityCertificate: z.optional(
    z.string().check(z.regex(/^\d{17}[\dXx]\d{2}$/, "disability certificate number")),
  ),
  county: DivisionCode,
  village: z.optional(VillageCode),
  /** 建档立卡贫困户: the household is registered as poor. */
  registeredPoor: z.boolean(),
  needs: z.array(z.enum(needAreas)).check(z.maxLength(needAreas.length)),
});
export type YouthServiceRecord = z.infer<typeof YouthServiceRecord>;

/** One column of a one-to-one service file, with the headers it is recognised by. */
export interface YouthServiceFileColumn {
  readonly key: keyof YouthServiceRecord;
  /** The header a template writes: Chinese, and English below it. */
  readonly label: LocalizedText;
  /** Other headers found in counties' files for the same column. */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

/**
 * The columns of a one-to-one service file, in template order, with the headers counties use.
 * Every need area may also have a column of its own holding 是/否 (see {@link needAreaLabels}).
 *
 * @example
 * youthServiceFileColumns.map((c) => c.label["zh-CN"])
 * //=> ["姓名", "身份证号", "残疾人证号", "县区代码", "村代码", "建档立卡贫困户", "需求"]
 */
export const youthServiceFileColumns: readonly YouthServiceFileColumn[] = [
  { key: "name", label: { "zh-CN": "姓名", en: "name" }, aliases: ["名字"], required: true },
  {
    key: "residentId",
    label: { "zh-CN": "身份证号", en: "resident ID" },
    aliases: ["身份证号码", "公民身份号码", "身份证", "resident-id", "id number"],
    required: true,
  },
  {
    key: "disabilityCertificate",
    label: { "zh-CN": "残疾人证号", en: "certificate" },
    aliases: ["残疾人证号码", "残疾证号", "残疾证号码", "disability certificate"],
    required: false,
  },
  {
    key: "county",
    label: { "zh-CN": "县区代码", en: "county" },
    aliases: ["县（市、区）代码", "county code"],
    required: true,
  },
  {
    key: "village",
    label: { "zh-CN": "村代码", en: "village" },
    aliases: ["村（居）代码", "village code"],
    required: false,
  },
  {
    key: "registeredPoor",
    label: { "zh-CN": "建档立卡贫困户", en: "registered poor" },
    aliases: ["是否建档立卡贫困户", "贫困户", "registered-poor"],
    required: true,
  },
  {
    key: "needs",
    label: { "zh-CN": "需求", en: "needs" },
    aliases: ["迫切需求", "需求类别"],
    required: false,
  },
];

/**
 * The five need areas of §三(一) as they are written in files: 支教助学 · 就业扶贫 · 技能培训 ·
 * 康复治疗 · 社会融入.
 *
 * @example
 * needAreaLabels.rehabilitation //=> { "zh-CN": "康复治疗", en: "rehabilitation" }
 */
export const needAreaLabels: Readonly<Record<NeedArea, LocalizedText>> = {
  "education-support": { "zh-CN": "支教助学", en: "education support" },
  employment: { "zh-CN": "就业扶贫", en: "employment" },
  "skills-training": { "zh-CN": "技能培训", en: "skills training" },
  rehabilitation: { "zh-CN": "康复治疗", en: "rehabilitation" },
  "social-integration": { "zh-CN": "社会融入", en: "social integration" },
};
