import { parseReceivedAt } from "@zhucan/domain";
import { cellText, type GridCell } from "./cell-grid.js";
import { type CellReading, unreadableCell } from "./cell-values.js";

/**
 * Reads when the province received a report (收到时间) and normalises it to ISO 8601 with the
 * `+08:00` offset; `null` when the cell is empty. An Excel date cell is its wall-clock time;
 * text may be ISO 8601 or the forms Excel writes (`2017/4/18 10:00`, `2017年4月18日`). **DECISION**
 * (the domain's `parseReceivedAt`): a time without an offset is Beijing time, a bare date its
 * first instant.
 *
 * @example
 * readReceivedAtCell({ value: "2017/4/18 10:00" }) //=> { ok: true, value: "2017-04-18T10:00:00+08:00" }
 * readReceivedAtCell({ value: null }) //=> { ok: true, value: null }
 */
export function readReceivedAtCell(cell: GridCell | undefined): CellReading<string | null> {
  const problem = unreadableCell(cell);
  if (problem) return problem;
  const v = cell?.value;
  let input: string;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return unreadable("");
    // Excel dates have no zone: exceljs gives the wall clock in UTC fields.
    input = v.toISOString().slice(0, 19);
  } else {
    const text = cellText(cell);
    if (text === "") return { ok: true, value: null };
    input = excelDateTimeToIso(text);
  }
  const parsed = parseReceivedAt(input);
  if (!parsed.ok) return unreadable(cellText(cell));
  return { ok: true, value: shanghaiIso(parsed.value) };
}

function unreadable(text: string): CellReading<never> {
  return {
    ok: false,
    code: "received-at-unreadable",
    message: {
      "zh-CN": `收到时间“${text}”无法识别：请写成 2017-04-18 10:00 或 2017-04-18T10:00:00+08:00`,
      en: `Cannot read the receipt time "${text}": write 2017-04-18 10:00 or 2017-04-18T10:00:00+08:00`,
    },
  };
}

// "2017/4/18 9:05" or "2017年4月18日 9:05" → "2017-04-18 09:05"; other text is left as it is.
function excelDateTimeToIso(text: string): string {
  const t = text.normalize("NFKC").trim();
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return t;
  const pad = (s: string | undefined) => (s ?? "00").padStart(2, "0");
  const date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  return m[4] === undefined ? date : `${date} ${pad(m[4])}:${m[5]}:${pad(m[6])}`;
}

/**
 * An instant as ISO 8601 on Beijing time with its `+08:00` offset (China has had no daylight
 * saving time since 1991).
 *
 * @example
 * shanghaiIso(new Date("2017-04-18T02:00:00Z")) //=> "2017-04-18T10:00:00+08:00"
 */
export function shanghaiIso(instant: Date): string {
  return `${new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
