import type { Bilingual } from "../../src/common/lang.js";

/**
 * One line on each top-level field of the public feed. The build checks this list against the
 * keys of `PublicFeed` from @zhucan/domain and fails when a field is missing or unknown, so the
 * reference cannot fall behind the schema.
 */
export const feedFieldNotes: Readonly<Record<string, Bilingual>> = {
  schemaVersion: {
    "zh-CN": "格式版本（1.x.y；主版本变化才不兼容）。",
    en: "Format version (1.x.y; only a new major version breaks readers).",
  },
  release: {
    "zh-CN": "发布编号（YYYY-MM），与 releases/ 下的文件名相同。",
    en: "Release id (YYYY-MM), the file name under releases/.",
  },
  asOf: { "zh-CN": "数据截至月份（该月月底）。", en: "The month the figures are as of (its end)." },
  generatedAt: {
    "zh-CN": "生成时间（带时区的 ISO 8601）。",
    en: "When it was generated (ISO 8601 with offset).",
  },
  publisher: { "zh-CN": "发布单位（中英文名称）。", en: "Publisher (names in both languages)." },
  licence: { "zh-CN": "数据许可。", en: "Licence of the data." },
  checksum: {
    "zh-CN": "内容校验和（sha256-…），不含本字段的规范 JSON。",
    en: "Content checksum (sha256-…) of the canonical JSON without this field.",
  },
  sample: {
    "zh-CN": "true 表示合成示例数据，所有展示都必须标明。",
    en: "true for synthetic data; every view must say so.",
  },
  source: { "zh-CN": "来源说明。", en: "Source line." },
  months: {
    "zh-CN": "月份列表；各序列的 values 与之一一对应。",
    en: "The months; every series' values align with them.",
  },
  indicators: {
    "zh-CN": "指标（id、名称、单位、是否计人数）。",
    en: "Indicators (id, name, unit, whether it counts people).",
  },
  phases: { "zh-CN": "三个推进阶段及起止日期。", en: "The three phases and their dates." },
  regions: {
    "zh-CN": "省、市、县三级地区（GB/T 2260 代码）。",
    en: "Regions at province, city and county level (GB/T 2260 codes).",
  },
  area: {
    "zh-CN": "项目区贫困县名单及其来源（是否示例）。",
    en: "The programme area's poverty counties and their source (sample or not).",
  },
  suppression: {
    "zh-CN": "小数抑制规则（县级1–4人显示为“<5”，并做二次抑制）。",
    en: "Small-cell suppression (1–4 people at county level shown as “<5”, with secondary suppression).",
  },
  series: {
    "zh-CN": '每个指标、每个地区的月度数值：整数、null（无数据）、"<5" 或 "suppressed"。',
    en: 'Monthly values per indicator and region: an integer, null (no data), "<5" or "suppressed".',
  },
  targets: {
    "zh-CN": "各阶段目标（注明是否推算及算式、条款）。",
    en: "Targets per phase (derived or stated, with formula and clause).",
  },
  progress: {
    "zh-CN": "截至月份的进度状态（达成、正常、需加快、滞后、无数据、无目标）。",
    en: "Progress status at the as-of month (achieved, on track, needs acceleration, off track, no data, no target).",
  },
  timeliness: {
    "zh-CN": "各报送单位每月是否按时（on-time、late、missing）。",
    en: "Whether each reporting unit reported each month on time (on-time, late, missing).",
  },
  corrections: {
    "zh-CN": "更正记录：哪个数字被后来的报告修改、原因。",
    en: "Corrections: which published figure a later report changed, and why.",
  },
  pairings: {
    "zh-CN": "帮扶地市与被帮扶地市的结对（含来源和可信度）。",
    en: "Helping → helped city pairs (with source and confidence).",
  },
};

/**
 * Fails the build when the notes and the schema's fields differ.
 *
 * @example
 * checkFeedFieldNotes(["schemaVersion", …]) // throws if a field has no note
 */
export function checkFeedFieldNotes(schemaKeys: readonly string[]): void {
  const noted = Object.keys(feedFieldNotes);
  const missing = schemaKeys.filter((k) => !noted.includes(k));
  const unknown = noted.filter((k) => !schemaKeys.includes(k));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `@zhucan/docs: build/content/feed-fields.ts is out of date with PublicFeed (missing: ${missing.join(", ") || "none"}; unknown: ${unknown.join(", ") || "none"}).`,
    );
  }
}
