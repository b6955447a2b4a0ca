import type { FeedCell, Locale } from "@zhucan/domain";

// Intl formatters are slow to make and elements format on every render (a dashboard formats
// hundreds of cells and months each time), so each locale × options is made once.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  make: () => F,
): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/**
 * Formats a number for the locale (grouping, decimals) with `Intl.NumberFormat`.
 *
 * @example
 * formatNumber(12345, "en") //=> "12,345"
 * formatNumber(0.5, "zh-CN", { style: "percent" }) //=> "50%"
 */
export function formatNumber(
  value: number,
  locale: Locale,
  options?: Intl.NumberFormatOptions,
): string {
  return cached(
    `n${locale}${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  ).format(value);
}

/**
 * Formats a signed change: `+12`, `−3` (a true minus sign), `0`.
 *
 * @example
 * formatChange(1200, "en") //=> "+1,200"
 * formatChange(-3, "zh-CN") //=> "-3"
 */
export function formatChange(delta: number, locale: Locale): string {
  return formatNumber(delta, locale, { signDisplay: "exceptZero" });
}

/**
 * Formats a ratio as a whole percentage.
 *
 * @example
 * formatPercent(0.954, "en") //=> "95%"
 */
export function formatPercent(ratio: number, locale: Locale): string {
  return formatNumber(ratio, locale, { style: "percent", maximumFractionDigits: 0 });
}

/**
 * How a published feed cell reads. A suppressed count is shown as such, never as 0.
 *
 * @example
 * formatCell(3500, "en") //=> "3,500"
 * formatCell("<5", "en") //=> "<5"
 * formatCell("suppressed", "zh-CN") //=> "已隐藏"
 * formatCell(null, "en") //=> "no data"
 */
export function formatCell(cell: FeedCell | undefined, locale: Locale): string {
  if (typeof cell === "number") return formatNumber(cell, locale);
  if (cell === "<5") return "<5";
  if (cell === "suppressed") return locale === "en" ? "suppressed" : "已隐藏";
  return locale === "en" ? "no data" : "无数据";
}

/**
 * The number a cell holds, or `undefined` for no data and suppressed cells.
 *
 * @example
 * cellNumber(12) //=> 12
 * cellNumber("<5") //=> undefined
 */
export function cellNumber(cell: FeedCell | undefined): number | undefined {
  return typeof cell === "number" ? cell : undefined;
}

/**
 * Formats a `YYYY-MM` month in words: `2017年3月`, `March 2017` (`"short"`: `2017年3月`, `Mar 2017`).
 *
 * @example
 * formatMonth("2017-03", "en") //=> "March 2017"
 * formatMonth("2017-03", "zh-CN") //=> "2017年3月"
 */
export function formatMonth(
  month: string,
  locale: Locale,
  style: "long" | "short" = "long",
): string {
  // Read from the fixed `YYYY-MM` positions here: the domain's `monthParts` shares its module
  // with the zod `Month` schema, which would bring zod's core into every element's entry.
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (!Number.isFinite(year) || !Number.isFinite(m)) return month;
  const format = cached(
    `d${locale}${style}`,
    () => new Intl.DateTimeFormat(locale, { year: "numeric", month: style, timeZone: "UTC" }),
  );
  return format.format(new Date(Date.UTC(year, m - 1, 1)));
}

/**
 * Joins words as a list in the locale: `A, B and C`, `A、B和C`.
 *
 * @example
 * formatList(["A", "B", "C"], "en") //=> "A, B, and C"
 */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`l${locale}`, () => new Intl.ListFormat(locale, { type: "conjunction" })).format(
    items,
  );
}
