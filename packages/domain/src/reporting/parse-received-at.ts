import { programmeTimeZone } from "../programme/phases.js";
import { fail, type Result, succeed } from "../result/result.js";
import { zonedTime } from "./zoned-time.js";

/** How {@link parseReceivedAt} reads a receipt time. */
export interface ParseReceivedAtOptions {
  /** Zone of a date or date-time written without an offset. Default `"Asia/Shanghai"`. */
  readonly timeZone?: string;
}

/**
 * The default reading of receipt times: times without an offset are Beijing time.
 *
 * @example
 * parseReceivedAtDefaults.timeZone //=> "Asia/Shanghai"
 */
export const parseReceivedAtDefaults: Required<ParseReceivedAtOptions> = {
  timeZone: programmeTimeZone,
};

// YYYY-MM-DD, optionally followed by a time (T or space) and, only after a time, Z or ±HH[:MM].
const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function invalidDate(input: string) {
  return fail({
    code: "received-at-invalid-date",
    path: [],
    message: {
      "zh-CN": `接收时间“${input}”不是有效的日期时间`,
      en: `The receipt time "${input}" is not a real date and time`,
    },
  });
}

function parseIsoString(input: string, timeZone: string): Result<Date> {
  const m = isoPattern.exec(input.trim());
  if (!m) {
    return fail({
      code: "received-at-format",
      path: [],
      message: {
        "zh-CN": `接收时间“${input}”应为 ISO 8601 格式，如 2016-09-20T18:30:00+08:00`,
        en: `The receipt time "${input}" should be ISO 8601, e.g. 2016-09-20T18:30:00+08:00`,
      },
    });
  }
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number((m[7] ?? "").padEnd(3, "0").slice(0, 3));
  const calendar = new Date(0);
  calendar.setUTCFullYear(y, mo - 1, d);
  const realDay =
    y >= 1000 &&
    calendar.getUTCFullYear() === y &&
    calendar.getUTCMonth() === mo - 1 &&
    calendar.getUTCDate() === d;
  if (!realDay || h > 23 || mi > 59 || s > 59) return invalidDate(input);
  const zone = m[8]?.toUpperCase();
  if (zone) {
    const digits = zone === "Z" ? "0000" : zone.slice(1).replace(":", "").padEnd(4, "0");
    const [oh, om] = [Number(digits.slice(0, 2)), Number(digits.slice(2, 4))];
    if (oh > 14 || om > 59) return invalidDate(input);
    const offset = (zone.startsWith("-") ? -1 : 1) * (oh * 60 + om);
    calendar.setUTCHours(h, mi, s, ms);
    return succeed(new Date(calendar.getTime() - offset * 60_000));
  }
  const local = zonedTime(timeZone, y, mo - 1, d, h, mi, s, ms);
  return Number.isNaN(local) ? invalidDate(input) : succeed(new Date(local));
}

/**
 * Reads when a report was received: a valid `Date`, or an ISO 8601 string — a date-time with
 * `Z` or an offset (`2016-09-20T23:59:59+08:00`), a date-time without one, or a bare date
 * (`2016-09-20`, its first instant). **DECISION**: strings without an offset are read on the
 * wall clock of `timeZone` (Asia/Shanghai by default), never the host's, so the answer does not
 * depend on the machine. Never throws.
 *
 * Problem codes: `received-at-type` (neither a Date nor a string), `received-at-format`
 * (not ISO 8601), `received-at-invalid-date` (an Invalid Date, 31 April, 25:00, a bad zone…).
 *
 * @example
 * parseReceivedAt("2016-09-20T23:59:59.999+08:00") //=> { ok: true, value: 2016-09-20T15:59:59.999Z }
 * parseReceivedAt("2016-09-20 18:00") //=> { ok: true, value: 2016-09-20T10:00:00.000Z }
 * parseReceivedAt("20/09/2016").ok //=> false
 */
export function parseReceivedAt(
  input: unknown,
  options: ParseReceivedAtOptions = {},
): Result<Date> {
  const { timeZone } = { ...parseReceivedAtDefaults, ...options };
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? invalidDate("Invalid Date") : succeed(new Date(input));
  }
  if (typeof input === "string") return parseIsoString(input, timeZone);
  return fail({
    code: "received-at-type",
    path: [],
    message: {
      "zh-CN": "接收时间应为日期对象或 ISO 8601 字符串",
      en: "The receipt time should be a Date or an ISO 8601 string",
    },
  });
}
