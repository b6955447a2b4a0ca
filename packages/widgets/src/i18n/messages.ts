import type { Locale, LocalizedText } from "@zhucan/domain";

/**
 * The user-interface texts every element shares, in zh-CN and en. Element-specific wording
 * lives with the element; this table holds the frame's words (states, toolbar, provenance).
 *
 * @example
 * messages.loading.en //=> "Loading data…"
 */
export const messages = {
  loading: { "zh-CN": "正在加载数据…", en: "Loading data…" },
  noSource: {
    "zh-CN": "尚未指定数据源（请设置 src 属性或 feed 属性）。",
    en: "No data source set (set the src attribute or the feed property).",
  },
  errorTitle: { "zh-CN": "无法显示数据", en: "The data cannot be shown" },
  renderError: {
    "zh-CN": "数据已加载，但无法显示。",
    en: "The data were loaded but could not be displayed.",
  },
  retry: { "zh-CN": "重试", en: "Try again" },
  problems: { "zh-CN": "问题详情", en: "Details of the problems" },
  staleTitle: { "zh-CN": "数据可能不是最新的", en: "These data may be out of date" },
  staleShowing: {
    "zh-CN": "以下显示的是此前成功加载的数据。",
    en: "Shown below are the data loaded earlier.",
  },
  showTable: { "zh-CN": "显示数据表", en: "Show data table" },
  hideTable: { "zh-CN": "隐藏数据表", en: "Hide data table" },
  actions: { "zh-CN": "数据操作", en: "Data actions" },
  // Followed by the format: "下载 CSV", "Download PNG".
  download: { "zh-CN": "下载", en: "Download" },
  source: { "zh-CN": "来源", en: "Source" },
  release: { "zh-CN": "发布", en: "Release" },
  asOf: { "zh-CN": "数据截至", en: "Data as of" },
  sample: { "zh-CN": "示例数据（合成）", en: "Synthetic sample data" },
  noteSmall: {
    "zh-CN": "“<5”表示 1 至 4 人：为保护个人隐私，不公布确切人数。",
    en: "“<5” means 1 to 4 people: the exact count is withheld to protect privacy.",
  },
  noteSuppressed: {
    "zh-CN": "“已隐藏”表示为防止推算出小于 5 的人数而隐藏的数字，实际可大可小。",
    en: "“suppressed” marks a figure hidden so that a count under 5 cannot be worked out; it may be of any size.",
  },
  noteNoData: {
    "zh-CN": "“无数据”表示该月未报送。",
    en: "“no data” means nothing was reported for that month.",
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of {@link messages}. */
export type MessageKey = keyof typeof messages;

/**
 * A shared message in a locale.
 *
 * @example
 * msg("retry", "en") //=> "Try again"
 */
export function msg(key: MessageKey, locale: Locale): string {
  return messages[key][locale];
}

/**
 * Picks the locale's wording from an inline pair, for element-specific texts.
 *
 * @example
 * pick("en", { "zh-CN": "人", en: "people" }) //=> "people"
 */
export function pick(locale: Locale, text: LocalizedText): string {
  return text[locale] ?? text["zh-CN"];
}
