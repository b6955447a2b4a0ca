/**
 * Splits CSV text into records the way `csv-parse` does with the options `csvGrid` gives it
 * (`relax_column_count`, empty lines kept as one empty field, `"` quoting with `""` inside), for
 * the common, well-formed case only: line ends all `\n` or all `\r\n`, no byte-order mark, and
 * every quote either opens a field or is doubled inside a quoted one, a closing quote followed
 * by the delimiter or the line end. Anything else — a stray or unclosed quote, mixed or bare-`\r`
 * line ends, a BOM — gives `undefined`, and the caller hands the text to `csv-parse`, whose
 * record-delimiter discovery and error messages (with their line numbers) then apply unchanged.
 *
 * Why: `csv-parse` costs about 0.5 ms per report file, most of `zhucan build`'s reading time
 * over hundreds of small files; this loop costs a tenth of it (bench/cli/build.mjs). A property
 * test holds it to `csv-parse`'s output on every text it accepts.
 *
 * @example
 * simpleCsvRecords('a,"b ""c"""\n\n1,2\n', ",") //=> [["a", 'b "c"'], [""], ["1", "2"]]
 * simpleCsvRecords('a"b', ",") //=> undefined (csv-parse's error applies)
 */
export function simpleCsvRecords(text: string, delimiter: string): string[][] | undefined {
  if (text.charCodeAt(0) === 0xfeff || delimiter.length !== 1) return undefined;
  const crlf = lineEnding(text);
  if (crlf === undefined) return undefined;
  const d = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const end = text.length;
  let record: string[] = [];
  let i = 0;
  while (i < end) {
    // At the start of a field.
    let field: string;
    if (text.charCodeAt(i) === 0x22) {
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return undefined;
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = value;
      const next = text.charCodeAt(i);
      if (i < end && next !== d && next !== (crlf ? 0x0d : 0x0a)) return undefined;
    } else {
      let j = i;
      for (; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c === d || c === 0x0a || c === 0x0d) break;
        if (c === 0x22) return undefined;
      }
      field = text.slice(i, j);
      i = j;
    }
    record.push(field);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      // A delimiter at the very end still closes an empty last field.
      if (i >= end) record.push("");
      continue;
    }
    // A line end: `\n`, or `\r\n` in a CRLF text (lineEnding has checked the pairs).
    i += crlf ? 2 : 1;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}

// true for a text whose line ends are all "\r\n", false for all "\n" (or none), undefined when
// they are mixed or a "\r" stands alone: then csv-parse's own discovery decides.
function lineEnding(text: string): boolean | undefined {
  const cr = text.indexOf("\r");
  if (cr < 0) return false;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (text.charCodeAt(i - 1) !== 0x0d) return undefined;
  }
  for (let i = cr; i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== 0x0a) return undefined;
  }
  return true;
}
