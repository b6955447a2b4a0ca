import type { LocalizedText } from "@zhucan/domain";
import { cellText, type GridCell } from "./cell-grid.js";
import { detachedText } from "./detached-text.js";

/** A value read from a cell, or why it could not be read. */
export type CellReading<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly message: LocalizedText };

function problem(code: string, zh: string, en: string): CellReading<never> {
  return { ok: false, code, message: { "zh-CN": zh, en } };
}

/**
 * The problem of a cell that holds a formula without a saved result, or an Excel error value;
 * `undefined` for a readable cell.
 *
 * @example
 * unreadableCell({ value: null, unreadable: "formula-without-value" })?.code //=> "formula-without-value"
 */
export function unreadableCell(cell: GridCell | undefined): CellReading<never> | undefined {
  if (cell?.unreadable === "formula-without-value") {
    return problem(
      "formula-without-value",
      "单元格是公式，但文件中没有保存计算结果：请在 Excel 中打开并保存，或直接填写数字",
      "The cell holds a formula saved without its result: open and save the file in Excel, or type the number",
    );
  }
  if (cell?.unreadable === "cell-error") {
    return problem(
      "cell-error",
      `单元格的值是错误 ${cellText(cell)}`,
      `The cell holds the error value ${cellText(cell)}`,
    );
  }
  return undefined;
}

/**
 * A count of people or things: a whole number ≥ 0. Numbers may be text (CSV) with thousands
 * separators or full-width digits; `12.0` is 12. A formula's saved result is used.
 *
 * @example
 * readCount({ value: "1,234" }) //=> { ok: true, value: 1234 }
 * readCount({ value: 2.5 }).code //=> "count-not-integer"
 * readCount({ value: null }).code //=> "count-missing"
 */
export function readCount(cell: GridCell | undefined): CellReading<number> {
  const v = cell?.value;
  // The common case, a CSV cell of plain digits, skips the normalising below (same result).
  if (typeof v === "string" && !cell?.unreadable && plainDigits(v, 1, 15))
    return { ok: true, value: Number(v) };
  const unreadable = unreadableCell(cell);
  if (unreadable) return unreadable;
  let n: number;
  if (typeof v === "number") n = v;
  else {
    const text = cellText(cell).normalize("NFKC").replace(/\s/g, "");
    if (text === "")
      return problem(
        "count-missing",
        "缺少数字（没有的请填 0）",
        "The count is missing (write 0 for none)",
      );
    if (!/^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(text)) {
      return problem("count-not-a-number", `“${text}”不是数字`, `"${text}" is not a number`);
    }
    n = Number(text.replace(/,/g, ""));
  }
  if (!Number.isFinite(n))
    return problem(
      "count-not-a-number",
      `“${String(v)}”不是数字`,
      `"${String(v)}" is not a number`,
    );
  if (n < 0)
    return problem("count-negative", `数量不能为负数（${n}）`, `A count cannot be negative (${n})`);
  if (!Number.isInteger(n))
    return problem(
      "count-not-integer",
      `数量应为整数（${n}）`,
      `A count must be a whole number (${n})`,
    );
  if (!Number.isSafeInteger(n))
    return problem("count-not-integer", `数量过大（${n}）`, `The count is too large (${n})`);
  return { ok: true, value: n };
}

/**
 * A 6-digit GB/T 2260 code (a number cell or text; full-width digits accepted).
 *
 * @example
 * readRegionCode({ value: 441481 }) //=> { ok: true, value: "441481" }
 * readRegionCode({ value: "44148" }).code //=> "code-malformed"
 */
export function readRegionCode(cell: GridCell | undefined): CellReading<string> {
  const v = cell?.value;
  if (typeof v === "string" && !cell?.unreadable && plainDigits(v, 6, 6))
    return { ok: true, value: v };
  const unreadable = unreadableCell(cell);
  if (unreadable) return unreadable;
  const text = cellText(cell).normalize("NFKC").replace(/\s/g, "");
  if (text === "") return problem("code-missing", "缺少县区代码", "The county code is missing");
  if (!/^\d{6}$/.test(text)) {
    return problem(
      "code-malformed",
      `“${text}”不是6位行政区划代码`,
      `"${text}" is not a 6-digit GB/T 2260 code`,
    );
  }
  return { ok: true, value: text };
}

/**
 * Trimmed text of at most `maxLength` characters; empty gives `""`.
 *
 * @example
 * readText({ value: " 共青团梅州市委 " }, 200) //=> { ok: true, value: "共青团梅州市委" }
 */
export function readText(cell: GridCell | undefined, maxLength: number): CellReading<string> {
  const unreadable = unreadableCell(cell);
  if (unreadable) return unreadable;
  const text = cellText(cell);
  if (text.length > maxLength) {
    return problem(
      "text-too-long",
      `文字过长（${text.length} 字，最多 ${maxLength} 字）`,
      `The text is too long (${text.length} characters, at most ${maxLength})`,
    );
  }
  // Detached: the report keeps the text, not the file it was cut from (detached-text.ts).
  return { ok: true, value: detachedText(text) };
}

// Whether a text is only the ASCII digits 0-9, between `min` and `max` of them.
function plainDigits(text: string, min: number, max: number): boolean {
  if (text.length < min || text.length > max) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
