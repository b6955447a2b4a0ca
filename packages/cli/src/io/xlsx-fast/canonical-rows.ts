/** What {@link readCanonicalRows} tells of each row it reads, in order. */
export interface CanonicalRowSink {
  /** A row opens, with its `r`; `false` declines the sheet. */
  row(r: string): boolean;
  /**
   * A whole cell: its `r`, `s` and `t` attributes, the text of its `<f>` (a formula without
   * attributes) and of its `<v>` (`undefined` without them); `false` declines the sheet.
   */
  cell(
    r: string,
    s: string | undefined,
    t: string | undefined,
    formula: string | undefined,
    value: string | undefined,
  ): boolean;
}

// A row's start tag: `r` first, then any attributes with plain values (no "&", "<", tab,
// newline, quote or character beyond ASCII), each after one space, in double quotes.
const rowStart =
  /<row r="([1-9][0-9]{0,6})"((?: [A-Za-z_][A-Za-z0-9_.:-]*="[^"<&\t\n\u0080-\uffff]*")*)(\/?)>/y;
const attributeName = / ([A-Za-z_][A-Za-z0-9_.:-]*)=/g;
// A cell as Excel and exceljs write most of them: `r`, then `s` and `t` if any, then nothing,
// or a formula without attributes and a value, each of plain ASCII text, if any.
const cellElement =
  /<c r="([A-Z]{1,3}[1-9][0-9]{0,6})"(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<f>([^<&\u0080-\uffff]*)<\/f>)?(?:<v>([^<&\u0080-\uffff]*)<\/v>)?<\/c>)/y;
const rowEnd = "</row>";
// As scanXml: more attributes on one element than any part of a workbook has.
const maxAttributes = 64;

/**
 * Reads the rows of `<sheetData>` from `at` for as long as they are written as Excel and
 * exceljs write most rows — each a `<row>` whose cells are all of the form `cellElement` reads —
 * telling `sink` their rows and cells exactly as `scanXml` and the worksheet reader would have
 * read them, by patterns the engine runs at full speed where a loop over characters runs slowly
 * until it is compiled (most of `zhucan build`'s first reports). Stops before the first row
 * written otherwise (anything else: spaces, other attributes, formulas, inline strings, an
 * "&"), so that the scanner reads it and what follows. Returns where it stopped, or -1 when the
 * sink declined the sheet.
 *
 * @example
 * readCanonicalRows('<row r="1"><c r="A1"><v>5</v></c></row></sheetData>', 0, sink) //=> 33
 */
export function readCanonicalRows(xml: string, at: number, sink: CanonicalRowSink): number {
  let i = at;
  // The cells of the row being read, kept until its end tag is found: five strings a cell, the
  // first `count` entries. One list for every row, overwritten rather than emptied: emptying it
  // gives its room back, and refilling it row after row was a sixth of what reading allocated.
  const found: (string | undefined)[] = [];
  let count = 0;
  let checkedAttributes = "";
  for (;;) {
    rowStart.lastIndex = i;
    const start = rowStart.exec(xml);
    if (!start) return i;
    const others = start[2] as string;
    // Rows mostly repeat the attributes of the row before (`spans`, `x14ac:dyDescent`): checked
    // once for as long as they do.
    if (others !== "" && others !== checkedAttributes) {
      if (!distinctAttributes(others)) return i;
      checkedAttributes = others;
    }
    let j = rowStart.lastIndex;
    count = 0;
    if (start[3] === "") {
      for (;;) {
        cellElement.lastIndex = j;
        const cell = cellElement.exec(xml);
        if (!cell) break;
        found[count++] = cell[1];
        found[count++] = cell[2];
        found[count++] = cell[3];
        found[count++] = cell[4];
        found[count++] = cell[5];
        j = cellElement.lastIndex;
      }
      if (!xml.startsWith(rowEnd, j)) return i;
      j += rowEnd.length;
    }
    if (!sink.row(start[1] as string)) return -1;
    for (let c = 0; c < count; c += 5) {
      // r, s, t, formula, value.
      const r = found[c] as string;
      if (!sink.cell(r, found[c + 1], found[c + 2], found[c + 3], found[c + 4])) return -1;
    }
    i = j;
  }
}

// Whether the attributes after `r` have names other than `r` and than one another, and are few
// enough for scanXml.
function distinctAttributes(others: string): boolean {
  const names = ["r"];
  attributeName.lastIndex = 0;
  for (let m = attributeName.exec(others); m; m = attributeName.exec(others)) {
    const name = m[1] as string;
    if (names.includes(name) || names.length >= maxAttributes) return false;
    names.push(name);
  }
  return true;
}
