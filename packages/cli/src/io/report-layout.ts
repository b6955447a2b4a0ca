import { getIndicator, type LocalizedText, type ReportedIndicatorId } from "@zhucan/domain";

/**
 * The layout of a monthly report file, shared by the xlsx and CSV forms (a CSV file is the
 * report sheet saved as CSV, so Excel round-trips it). Rows, top to bottom:
 *
 * ```
 * 助残志愿者行动月报 zhucan monthly report | zhucan-report/1
 * 报送单位代码 unit            | 441400   | 梅州市 Meizhou
 * 报送月份 month               | 2017-03  | YYYY-MM
 * 填报单位 organisation        | 共青团梅州市委
 * 填报人 filled by             | …
 * 联系方式 contact             | …
 * 收到时间 received at         | 2017-04-18T10:00:00+08:00   (filled in by the province)
 * 备注 note                    | …
 * (blank)
 * 县区代码 | 县区名称    | 建档立卡          | … one column per reported indicator … | 备注
 * county   | county-name | youths-registered | …                                     | note
 * 441402   | 梅江区      | 12                | …
 * …one row per county-level unit…
 * 合计     | 合计 total  | =SUM(…)           | …
 * (blank)
 * 更正 corrections | 如需更正以前月份的数字，每个数字一行 …
 * 月份  | 县区代码 | 指标      | 更正值 | 原因
 * month | county   | indicator | value  | reason
 * 2017-02 | 441402 | youths-paired | 3 | 重复登记
 * ```
 *
 * Labels are matched on either language (`报送月份`, `month` or both), indicator columns on the
 * English sub-header (the indicator id) or the Chinese header, so columns may be reordered.
 *
 * @example
 * reportSheetName //=> "月报 report"
 */
export const reportSheetName = "月报 report";

/**
 * The name of the instructions sheet of an xlsx report (ignored when reading).
 *
 * @example
 * notesSheetName //=> "说明 notes"
 */
export const notesSheetName = "说明 notes";

/**
 * The first row's title and format marker.
 *
 * @example
 * reportTitle.en //=> "zhucan monthly report"
 */
export const reportTitle: LocalizedText = {
  "zh-CN": "助残志愿者行动月报",
  en: "zhucan monthly report",
};

/**
 * The layout version written in the title row, so that a later layout can still read old files.
 *
 * @example
 * reportFormatMarker //=> "zhucan-report/1"
 */
export const reportFormatMarker = "zhucan-report/1";

/**
 * What marks a synthetic (sample) file, in its title row.
 *
 * @example
 * syntheticMarker //=> "合成数据 synthetic"
 */
export const syntheticMarker = "合成数据 synthetic";

/** One labelled field of the header area. */
export interface ReportHeaderField {
  readonly key: "unit" | "month" | "organisation" | "name" | "contact" | "receivedAt" | "note";
  readonly label: LocalizedText;
  readonly required: boolean;
  /** A hint written in the third column of the template. */
  readonly hint?: LocalizedText;
}

/**
 * The header fields in the order they are written. Only `unit`, `month` and `organisation` are
 * required; `receivedAt` is filled in by the province when the report arrives.
 *
 * @example
 * reportHeaderFields.filter((f) => f.required).map((f) => f.key) //=> ["unit", "month", "organisation"]
 */
export const reportHeaderFields: readonly ReportHeaderField[] = [
  { key: "unit", label: { "zh-CN": "报送单位代码", en: "unit" }, required: true },
  {
    key: "month",
    label: { "zh-CN": "报送月份", en: "month" },
    required: true,
    hint: { "zh-CN": "格式 YYYY-MM，如 2017-03", en: "YYYY-MM, e.g. 2017-03" },
  },
  { key: "organisation", label: { "zh-CN": "填报单位", en: "organisation" }, required: true },
  { key: "name", label: { "zh-CN": "填报人", en: "filled by" }, required: false },
  { key: "contact", label: { "zh-CN": "联系方式", en: "contact" }, required: false },
  {
    key: "receivedAt",
    label: { "zh-CN": "收到时间", en: "received at" },
    required: false,
    hint: {
      "zh-CN": "由省团委收到报表时填写，如 2017-04-18 10:00",
      en: "filled in by the province on receipt, e.g. 2017-04-18 10:00",
    },
  },
  { key: "note", label: { "zh-CN": "备注", en: "note" }, required: false },
];

/**
 * The fixed columns of the county table (code first, name second, note last) and their
 * two header rows.
 *
 * @example
 * countyTableLabels.county.en //=> "county"
 */
export const countyTableLabels = {
  county: { "zh-CN": "县区代码", en: "county" },
  countyName: { "zh-CN": "县区名称", en: "county-name" },
  note: { "zh-CN": "备注", en: "note" },
} as const satisfies Record<string, LocalizedText>;

/**
 * The label of the total row (合计) under the county rows; it must equal the county rows' sum.
 *
 * @example
 * totalRowLabel["zh-CN"] //=> "合计"
 */
export const totalRowLabel: LocalizedText = { "zh-CN": "合计", en: "total" };

/**
 * The row that opens the corrections table.
 *
 * @example
 * correctionsLabel.en //=> "corrections"
 */
export const correctionsLabel: LocalizedText = { "zh-CN": "更正", en: "corrections" };

/**
 * The columns of the corrections table, in order.
 *
 * @example
 * correctionColumns.map((c) => c.key) //=> ["month", "county", "indicator", "value", "reason"]
 */
export const correctionColumns: readonly {
  readonly key: "month" | "county" | "indicator" | "value" | "reason";
  readonly label: LocalizedText;
}[] = [
  { key: "month", label: { "zh-CN": "月份", en: "month" } },
  { key: "county", label: { "zh-CN": "县区代码", en: "county" } },
  { key: "indicator", label: { "zh-CN": "指标", en: "indicator" } },
  { key: "value", label: { "zh-CN": "更正值", en: "value" } },
  { key: "reason", label: { "zh-CN": "原因", en: "reason" } },
];

/**
 * The two header cells of an indicator's column: the catalog's Chinese short name, and the
 * indicator id as the English sub-header (ids are stable public API, so files stay readable
 * when names are reworded).
 *
 * @example
 * indicatorColumnLabel("youths-registered") //=> { "zh-CN": "建档立卡", en: "youths-registered" }
 */
export function indicatorColumnLabel(id: ReportedIndicatorId): LocalizedText {
  return { "zh-CN": getIndicator(id)?.shortName["zh-CN"] ?? id, en: id };
}

/**
 * The text of a label cell: both languages, Chinese first.
 *
 * @example
 * labelText({ "zh-CN": "报送月份", en: "month" }) //=> "报送月份 month"
 */
export function labelText(label: LocalizedText): string {
  return `${label["zh-CN"]} ${label.en}`;
}

/**
 * Whether a cell's text is a label, in either language or both (`报送月份`, `Month`,
 * `报送月份 month`, `报送月份（month）`); case, width and spacing do not matter.
 *
 * @example
 * matchesLabel("报送月份（Month）", { "zh-CN": "报送月份", en: "month" }) //=> true
 * matchesLabel("月份", { "zh-CN": "报送月份", en: "month" }) //=> false
 */
export function matchesLabel(text: string, label: LocalizedText): boolean {
  if (text === "") return false;
  let answers = answersOfLabel.get(label);
  if (!answers) {
    answers = new Map();
    answersOfLabel.set(label, answers);
  }
  let answer = answers.get(text);
  if (answer === undefined) {
    const t = normaliseLabel(text);
    const forms = labelForms(label);
    answer = forms.has(t) || forms.has(t.replace(/[()]/g, " ").replace(/\s+/g, " ").trim());
    // Bounded, so that a file of endless distinct texts cannot grow it without limit.
    if (answers.size >= answerCacheSize) answers.clear();
    answers.set(text, answer);
  }
  return answer;
}

// Every report repeats the same few labels and codes in the same cells: each text's answer is
// remembered per label, since NFKC normalisation of Chinese text costs more than a lookup
// (it was a tenth of `zhucan build`'s reading time; bench/cli/build.mjs).
const answerCacheSize = 4096;
const answersOfLabel = new WeakMap<LocalizedText, Map<string, boolean>>();

// A label's accepted normalised forms, computed once per label: layouts are matched cell by cell.
const formsOfLabel = new WeakMap<LocalizedText, ReadonlySet<string>>();
function labelForms(label: LocalizedText): ReadonlySet<string> {
  let forms = formsOfLabel.get(label);
  if (!forms) {
    const zh = normaliseLabel(label["zh-CN"]);
    const en = normaliseLabel(label.en);
    forms = new Set([zh, en, `${zh} ${en}`, `${en} ${zh}`]);
    formsOfLabel.set(label, forms);
  }
  return forms;
}

/**
 * A label's comparable form: NFKC (full-width → ASCII), lower case, `/` `|` `:` as spaces,
 * single spaces.
 *
 * @example
 * normaliseLabel("  Ｍｏｎｔｈ： ") //=> "month"
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[/|:*]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
