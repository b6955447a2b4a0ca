import { TZDate } from "@date-fns/tz";
import { programmeTimeZone } from "../programme/shanghai-offset.js";

/**
 * The instant of a wall-clock time in a time zone (arguments as `Date.UTC`'s, months from 0,
 * overflowing values carried over), in milliseconds. Asia/Shanghai in 1992–2099 takes the fixed
 * UTC+8 offset (see shanghai-offset.ts: no summer time since 1991); any other zone or year is read by `@date-fns/tz` from the host's data.
 *
 * @example
 * zonedTime("Asia/Shanghai", 2016, 8, 21) //=> Date.UTC(2016, 8, 20, 16)
 * zonedTime("Europe/London", 2016, 6, 1) //=> Date.UTC(2016, 5, 30, 23)
 */
export function zonedTime(
  timeZone: string,
  year: number,
  monthIndex: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
  ms = 0,
): number {
  if (timeZone === programmeTimeZone && year >= 1992 && year < 2100) {
    return Date.UTC(year, monthIndex, day, hours, minutes, seconds, ms) - 28_800_000;
  }
  return new TZDate(year, monthIndex, day, hours, minutes, seconds, ms, timeZone).getTime();
}
