// The small value rules exceljs 4.4 applies when it reads a workbook, restated so that the fast
// reader gives the same values (xlsx-fast.test.ts compares them with exceljs's own).

/**
 * The built-in number formats exceljs knows by id (`defaultnumformats.js`, the entries it reads);
 * a style with another built-in id has no format for it.
 *
 * @example
 * builtInNumberFormats[14] //=> "mm-dd-yy"
 */
export const builtInNumberFormats: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Whether a number format shows a date or time, as exceljs decides it: a date letter outside
 * `[...]` and `"..."`.
 *
 * @example
 * isDateFormat("yyyy-mm") //=> true
 * isDateFormat('0"月"') //=> false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/**
 * The date of an Excel serial number, rounded to the millisecond as exceljs rounds it.
 *
 * @example
 * excelSerialDate(42795).toISOString() //=> "2017-03-01T00:00:00.000Z"
 */
export function excelSerialDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * exceljs decodes the five XML entities once more in `t="str"` values and sheet names (after
 * the XML parser has), so `&amp;lt;` reads as `<`.
 *
 * @example
 * decodeEntitiesAgain("a &lt; b") //=> "a < b"
 */
export function decodeEntitiesAgain(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/**
 * Text of a `<t>` element in shared strings and rich-text runs: exceljs turns Excel's `_xHHHH_`
 * escapes into their characters.
 *
 * @example
 * unescapeRunText("a_x000A_b") //=> "a\nb"
 */
export function unescapeRunText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
