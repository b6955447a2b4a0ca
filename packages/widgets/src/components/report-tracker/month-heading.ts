import type { Locale } from "@zhucan/domain";

/**
 * A month's column heading in the tracker's grid: the month, with its year above on the first
 * column and in January.
 *
 * @example
 * monthHeading("2017-01", 5, "en") //=> { year: "2017", month: "Jan" }
 * monthHeading("2017-03", 7, "zh-CN") //=> { month: "3月" }
 */
export function monthHeading(
  month: string,
  index: number,
  locale: Locale,
): { year?: string; month: string } {
  const m = Number(month.slice(5));
  const short =
    locale === "en"
      ? new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" }).format(
          Date.UTC(2000, m - 1, 1),
        )
      : `${m}月`;
  const year = month.slice(0, 4);
  return index === 0 || m === 1 ? { year, month: short } : { month: short };
}
