import * as z from "zod/mini";

/**
 * A calendar month as `YYYY-MM`, the unit of the programme's monthly reports (§六).
 *
 * @example
 * Month.safeParse("2017-03").success //=> true
 * Month.safeParse("2017-3").success //=> false
 */
export const Month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM"));
export type Month = z.infer<typeof Month>;

/**
 * Splits a `YYYY-MM` month into numbers (month 1–12).
 *
 * @example
 * monthParts("2016-08") //=> { year: 2016, month: 8 }
 */
export function monthParts(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

/**
 * Adds whole months to a `YYYY-MM` month.
 *
 * @example
 * addMonths("2016-12", 1) //=> "2017-01"
 * addMonths("2017-01", -1) //=> "2016-12"
 */
export function addMonths(month: string, delta: number): string {
  const { year, month: m } = monthParts(month);
  const index = year * 12 + (m - 1) + delta;
  const y = Math.floor(index / 12);
  const mm = (index % 12) + 1;
  return `${String(y).padStart(4, "0")}-${String(mm).padStart(2, "0")}`;
}

/**
 * Every month from `first` to `last`, both included, in order.
 *
 * @example
 * monthsBetween("2016-11", "2017-02") //=> ["2016-11", "2016-12", "2017-01", "2017-02"]
 */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}
