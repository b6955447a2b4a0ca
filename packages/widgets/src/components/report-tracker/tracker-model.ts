import type { Locale, PublicFeed } from "@zhucan/domain";
import type { DataTable, DataTableCell } from "../../base/data-table.js";
import { numberCell, textCell } from "../../base/data-table.js";
import { formatList, formatMonth, formatNumber, formatPercent } from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";

/** Whether a month's report came on time (by the 20th of the next month, §六), late or not at all. */
export type Timeliness = PublicFeed["timeliness"][number]["values"][number];

/** The three outcomes in display order. */
export const timelinessValues = [
  "on-time",
  "late",
  "missing",
] as const satisfies readonly Timeliness[];

/** How each outcome looks and reads: a symbol (the second cue beside colour) and a label. */
export const timelinessLooks: Readonly<
  Record<Timeliness, { readonly symbol: string; readonly label: { "zh-CN": string; en: string } }>
> = {
  "on-time": { symbol: "✓", label: { "zh-CN": "按时", en: "On time" } },
  late: { symbol: "!", label: { "zh-CN": "迟报", en: "Late" } },
  missing: { symbol: "✕", label: { "zh-CN": "未报", en: "Missing" } },
};

/** One reporting unit's row: its outcome in each month shown, and their counts. */
export interface TrackerRow {
  readonly unit: string;
  readonly name: string;
  /** Aligned with {@link TrackerModel.months}; `undefined` when the feed has no record. */
  readonly values: readonly (Timeliness | undefined)[];
  readonly counts: Readonly<Record<Timeliness, number>>;
}

/** Reporting units × months. */
export interface TrackerModel {
  readonly months: readonly string[];
  readonly rows: readonly TrackerRow[];
  readonly totals: Readonly<Record<Timeliness, number>>;
}

/** Options of {@link reportTrackerModel}. */
export interface ReportTrackerOptions {
  /**
   * How many of the latest months to show; 0 for all. DECISION: 12 by default, a year of
   * reports, which fits a laptop screen; the data table and CSV have the same months.
   */
  readonly months?: number;
}

/** The defaults of {@link ReportTrackerOptions}. */
export const reportTrackerDefaults: Required<ReportTrackerOptions> = { months: 12 };

const zero = (): Record<Timeliness, number> => ({ "on-time": 0, late: 0, missing: 0 });

/**
 * The reporting units (the 21 cities and Shunde, §六) as the feed records them, in code order
 * (so Shunde follows Foshan), with their outcome for each of the latest months.
 *
 * @example
 * const model = reportTrackerModel(feed, {}, "zh-CN");
 * model.rows.map((r) => r.name).slice(0, 3) //=> ["广州市", "佛山市", "顺德区"]
 * model.totals //=> { "on-time": 39, late: 6, missing: 3 }
 */
export function reportTrackerModel(
  feed: PublicFeed,
  options: ReportTrackerOptions,
  locale: Locale,
): TrackerModel {
  const { months: count } = { ...reportTrackerDefaults, ...options };
  const first = count > 0 ? Math.max(0, feed.months.length - Math.floor(count)) : 0;
  const months = feed.months.slice(first);
  const totals = zero();
  const names = new Map(feed.regions.map((r) => [r.code, r.name[locale]]));
  const rows = [...feed.timeliness]
    .sort((a, b) => a.unit.localeCompare(b.unit))
    .map((t) => {
      const values = months.map((_, i) => t.values[first + i]);
      const counts = zero();
      for (const v of values) {
        if (v) {
          counts[v] += 1;
          totals[v] += 1;
        }
      }
      const name = names.get(t.unit) ?? t.unit;
      return { unit: t.unit, name, values, counts };
    });
  return { months, rows, totals };
}

/**
 * The one-sentence summary: reports due, on time, late and missing over the months shown, and
 * who has not reported for the latest month.
 *
 * @example
 * trackerSummary(model, "en")
 * //=> "August 2016 to March 2017: 6 reporting units sent 39 of 48 monthly reports on time (81%), 6 late and 3 missing; for March 2017, Qingyuan has not reported."
 */
export function trackerSummary(model: TrackerModel, locale: Locale): string {
  const en = locale === "en";
  const { totals, months, rows } = model;
  const due = totals["on-time"] + totals.late + totals.missing;
  const first = months[0] ?? "";
  const last = months.at(-1) ?? "";
  const span =
    months.length > 1
      ? pick(locale, {
          "zh-CN": `${formatMonth(first, locale)}至${formatMonth(last, locale)}`,
          en: `${formatMonth(first, locale)} to ${formatMonth(last, locale)}`,
        })
      : formatMonth(last, locale);
  const share = due > 0 ? formatPercent(totals["on-time"] / due, locale) : "—";
  const latest = months.length - 1;
  const missing = rows.filter((r) => r.values[latest] === "missing").map((r) => r.name);
  const n = (x: number) => formatNumber(x, locale);
  const lastWords = en
    ? missing.length > 0
      ? `; for ${formatMonth(last, locale)}, ${formatList(missing, locale)} ${missing.length === 1 ? "has" : "have"} not reported`
      : `; every unit has reported for ${formatMonth(last, locale)}`
    : missing.length > 0
      ? `；${formatMonth(last, locale)}未报：${missing.join("、")}`
      : `；${formatMonth(last, locale)}各单位均已报送`;
  return en
    ? `${span}: ${n(rows.length)} reporting units sent ${n(totals["on-time"])} of ${n(due)} monthly reports on time (${share}), ${n(totals.late)} late and ${n(totals.missing)} missing${lastWords}.`
    : `${span}，${n(rows.length)} 个报送单位应报月报 ${n(due)} 份，按时 ${n(totals["on-time"])} 份（${share}），迟报 ${n(totals.late)} 份，未报 ${n(totals.missing)} 份${lastWords}。`;
}

/**
 * The data table (and CSV): one row per reporting unit, one column per month, then the counts.
 *
 * @example
 * trackerTable(model, "en").columns.at(-1)?.label //=> "Missing"
 */
export function trackerTable(model: TrackerModel, locale: Locale): DataTable {
  const label = (t: Timeliness) => timelinessLooks[t].label[locale];
  return {
    caption: pick(locale, {
      "zh-CN": "各报送单位每月报送情况（每月20日前报送为按时）",
      en: "Monthly reports of each reporting unit (on time: by the 20th of the next month)",
    }),
    columns: [
      { label: pick(locale, { "zh-CN": "报送单位", en: "Reporting unit" }) },
      ...model.months.map((m) => ({ label: formatMonth(m, locale, "short") })),
      ...timelinessValues.map((t) => ({ label: label(t), numeric: true })),
    ],
    rows: model.rows.map((r): DataTableCell[] => [
      textCell(r.name),
      ...r.values.map((v) =>
        v ? { text: `${timelinessLooks[v].symbol} ${label(v)}`, raw: v } : { text: "—", raw: "" },
      ),
      ...timelinessValues.map((t) => numberCell(r.counts[t], locale)),
    ]),
  };
}
