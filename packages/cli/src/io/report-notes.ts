import { getIndicator, type LocalizedText, reportedIndicatorIds } from "@zhucan/domain";

/**
 * The instructions written on the notes sheet of an xlsx report, in zh-CN and en.
 *
 * @example
 * reportInstructions.length > 5 //=> true
 */
export const reportInstructions: readonly LocalizedText[] = [
  {
    "zh-CN":
      "本表用于每月向团省委、省志愿者联合会报送助残志愿者行动的进展数据（团粤联发〔2016〕52号 §六），请于每月20日前报送上月数据。",
    en: "Monthly progress report to the provincial Youth League and Volunteers Federation (notice 团粤联发〔2016〕52号 §六), due before the 20th for the previous month.",
  },
  {
    "zh-CN":
      "“月报 report”表：报送月份写成 YYYY-MM（如 2017-03）；填报单位必填；收到时间由省团委填写。",
    en: 'Sheet "月报 report": write the month as YYYY-MM (e.g. 2017-03); the organisation is required; the receipt time is filled in by the province.',
  },
  {
    "zh-CN":
      "每个县区一行，县区代码已预先填好，请勿修改或删除；每个数字填截至当月月底的累计数（整数，没有的填 0）。",
    en: "One row per county-level unit, codes pre-filled: do not change or delete them. Every figure is the cumulative count at the end of the month (a whole number; 0 for none).",
  },
  {
    "zh-CN": "“合计”行是各县区之和，由公式自动计算，请勿改为手填数字。",
    en: 'The "合计 total" row is the sum of the counties, computed by formulas: do not overwrite it.',
  },
  {
    "zh-CN":
      "累计数一般不会减少。若以前月份多报了，请在“更正 corrections”表中逐项写明月份、县区代码、指标、更正后的数字和原因。",
    en: 'Cumulative counts do not fall. If an earlier month was over-reported, restate it in the "corrections" table: month, county code, indicator, corrected value and reason.',
  },
  {
    "zh-CN": "请勿合并单元格，请勿设置打开密码；可另存为 CSV（UTF-8 或 GBK 均可）。",
    en: "Do not merge cells or set an opening password. Saving as CSV (UTF-8 or GBK) is fine.",
  },
  {
    "zh-CN": "本表只报汇总数字，不得填写任何个人信息（姓名、身份证号、残疾人证号）。",
    en: "Report totals only: never write personal data (names, ID numbers, disability certificate numbers) in this file.",
  },
];

/**
 * The rows of the indicator table on the notes sheet: id, Chinese name, English name,
 * Chinese definition, English definition — from the domain's catalog.
 *
 * @example
 * indicatorNoteRows()[0]?.[0] //=> "youths-registered"
 */
export function indicatorNoteRows(): string[][] {
  return reportedIndicatorIds.map((id) => {
    const d = getIndicator(id);
    return [
      id,
      d?.name["zh-CN"] ?? id,
      d?.name.en ?? id,
      d?.definition["zh-CN"] ?? "",
      d?.definition.en ?? "",
    ];
  });
}
