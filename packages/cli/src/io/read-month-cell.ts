import { cellText, type GridCell } from "./cell-grid.js";
import { type CellReading, unreadableCell } from "./cell-values.js";

const englishMonths = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function month(year: number, m: number): CellReading<string> {
  if (m < 1 || m > 12 || year < 1900 || year > 2999) return unreadable();
  return { ok: true, value: `${year}-${String(m).padStart(2, "0")}` };
}

function unreadable(text?: string): CellReading<never> {
  const shown = text === undefined ? "" : `“${text}”`;
  return {
    ok: false,
    code: "month-unreadable",
    message: {
      "zh-CN": `月份${shown}无法识别：请写成 YYYY-MM，如 2017-03（也接受 2017/3、2017年3月、201703）`,
      en: `Cannot read the month${text === undefined ? "" : ` "${text}"`}: write YYYY-MM, e.g. 2017-03 (2017/3, 2017年3月 and 201703 are accepted too)`,
    },
  };
}

function ambiguous(text: string): CellReading<never> {
  return {
    ok: false,
    code: "month-ambiguous",
    message: {
      "zh-CN": `“${text}”是一个日期或有歧义的数字，不能确定是哪个月：请写成 YYYY-MM，如 2017-03`,
      en: `"${text}" is a date or an ambiguous number, not a month: write YYYY-MM, e.g. 2017-03`,
    },
  };
}

/**
 * Reads a month (报送月份, a correction's month) and normalises it to `YYYY-MM`. Accepts the
 * unambiguous forms Chinese and English Excel users type or Excel turns them into:
 * `2017-03`, `2017-3`, `2017/3`, `2017.3` (as text), `2017年3月`, `201703`, `3/2017`, `Mar 2017`,
 * and a date that is the first day of its month (Excel turns a typed `2017-03` into 2017-03-01,
 * as a date cell or, in a CSV it saved, as `2017/3/1`). Refuses other dates and decimal numbers
 * (`2017.1` as a number could be January or October): `month-ambiguous`; anything else
 * `month-unreadable`; empty `month-missing`.
 *
 * @example
 * readMonthCell({ value: "2017年3月" }) //=> { ok: true, value: "2017-03" }
 * readMonthCell({ value: new Date(Date.UTC(2017, 2, 1)) }) //=> { ok: true, value: "2017-03" }
 * readMonthCell({ value: "2017/3/15" }).code //=> "month-ambiguous"
 */
export function readMonthCell(cell: GridCell | undefined): CellReading<string> {
  const problem = unreadableCell(cell);
  if (problem) return problem;
  const v = cell?.value;
  if (v instanceof Date) {
    // Excel dates have no zone: exceljs gives the wall-clock date in UTC fields.
    if (Number.isNaN(v.getTime())) return unreadable();
    if (v.getUTCDate() !== 1) return ambiguous(v.toISOString().slice(0, 10));
    return month(v.getUTCFullYear(), v.getUTCMonth() + 1);
  }
  if (typeof v === "number") {
    if (Number.isInteger(v) && /^\d{6}$/.test(String(v))) {
      return month(Math.floor(v / 100), v % 100);
    }
    return ambiguous(String(v));
  }
  const text = cellText(cell);
  if (text === "") {
    return {
      ok: false,
      code: "month-missing",
      message: { "zh-CN": "缺少月份", en: "The month is missing" },
    };
  }
  const t = text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  let m = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?月?$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{4})(\d{2})$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2}) ?[-/] ?(\d{4})$/.exec(t);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ t]0{1,2}:00(?::00(?:\.0+)?)?z?)?$/.exec(t);
  if (m) return Number(m[3]) === 1 ? month(Number(m[1]), Number(m[2])) : ambiguous(text);
  m = /^([a-z]{3,9})\.?[ -,]*(\d{4})$/.exec(t);
  if (m) {
    const word = m[1] as string;
    const index = englishMonths.findIndex((name) => name.startsWith(word));
    if (index >= 0) return month(Number(m[2]), index + 1);
  }
  return unreadable(text);
}
