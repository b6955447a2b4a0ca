import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partsOf } from "../../../test/io/xlsx-fast-zip.js";
import { syntheticReport } from "../../../test/support/synthetic-reports.js";
import { reportFileBytes, reportSheetModel } from "../write-report-file.js";
import { type CanonicalRowSink, readCanonicalRows } from "./canonical-rows.js";
import { readSharedStrings } from "./shared-strings-part.js";
import { readStylesPart, type StylesPart } from "./styles-part.js";
import { readWorksheetPart } from "./worksheet-part.js";
import { applyEdits, xmlEdits } from "./xml-edits.test-support.js";

// Every sheet here is SYNTHETIC: a synthetic report written by the CLI, some changed on purpose.

const parts = partsOf(
  await reportFileBytes(reportSheetModel(syntheticReport("441400", "2017-03")), "xlsx"),
);
const sheet = parts.get("xl/worksheets/sheet1.xml") as string;
const context = {
  strings: readSharedStrings(parts.get("xl/sharedStrings.xml") as string),
  styles: readStylesPart(parts.get("xl/styles.xml") as string) as StylesPart,
  date1904: false,
  maxCells: 1_000_000,
};

/** The sheet read with its rows read by patterns where they can be, and by the scanner alone. */
function bothWays(xml: string) {
  // A newline before every row is text between them, which the patterns never read past.
  const scannerOnly = xml.replace(/<row /g, "\n<row ");
  return {
    patterns: readWorksheetPart(xml, context),
    scanner: readWorksheetPart(scannerOnly, context),
  };
}

/** What readCanonicalRows tells, as lines. */
function told(xml: string) {
  const lines: string[] = [];
  const sink: CanonicalRowSink = {
    row: (r) => lines.push(`row ${r}`) > 0,
    cell: (r, s, t, f, v) => lines.push(`${r} s=${s} t=${t} f=${f} v=${v}`) > 0,
  };
  return { stop: readCanonicalRows(xml, 0, sink), lines };
}

describe("readCanonicalRows reads rows written as Excel and exceljs write them", () => {
  it("reads the rows of a synthetic report as the scanner does", () => {
    const { patterns, scanner } = bothWays(sheet);
    expect(patterns).toBeDefined();
    expect(patterns).toStrictEqual(scanner);
  });

  it.each<[string, string, string[]]>([
    [
      "plain cells, styled empty ones, an empty row",
      '<row r="1" spans="1:2"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"/></row><row r="2"/>',
      [
        "row 1",
        "A1 s=1 t=s f=undefined v=0",
        "B1 s=2 t=undefined f=undefined v=undefined",
        "row 2",
      ],
    ],
    [
      "a value left empty",
      '<row r="3"><c r="C3"><v></v></c></row>',
      ["row 3", "C3 s=undefined t=undefined f=undefined v="],
    ],
    [
      "formulas, with and without a saved result",
      '<row r="4"><c r="C4" s="3"><f>SUM(C1:C3)</f><v>0</v></c><c r="D4"><f>IF(D1>0,1,2)</f></c></row>',
      [
        "row 4",
        "C4 s=3 t=undefined f=SUM(C1:C3) v=0",
        "D4 s=undefined t=undefined f=IF(D1>0,1,2) v=undefined",
      ],
    ],
  ])("%s, stopping at the end of the rows", (_, xml, lines) => {
    expect(told(`${xml}</sheetData>`)).toEqual({ stop: xml.length, lines });
  });

  it.each([
    ["a shared formula", '<row r="1"><c r="A1"><f t="shared" si="0">1+1</f><v>2</v></c></row>'],
    ["a value before a formula", '<row r="1"><c r="A1"><v>2</v><f>1+1</f></c></row>'],
    ["an inline string", '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'],
    ["a reference in a value", '<row r="1"><c r="A1" t="str"><v>a&amp;b</v></c></row>'],
    ["Chinese in a value", '<row r="1"><c r="A1" t="str"><v>合计</v></c></row>'],
    ["attributes in another order", '<row r="1"><c s="1" r="A1"><v>1</v></c></row>'],
    ["single quotes", "<row r='1'><c r=\"A1\"><v>1</v></c></row>"],
    ["a space before >", '<row r="1" ><c r="A1"><v>1</v></c></row>'],
    ["a duplicate attribute", '<row r="1" s="1" s="2"><c r="A1"><v>1</v></c></row>'],
    ["a second r", '<row r="1" r="2"><c r="A1"><v>1</v></c></row>'],
    ["a tab in a value", '<row r="1" ht="1\t2"><c r="A1"><v>1</v></c></row>'],
    ["a cell without its end", '<row r="1"><c r="A1"><v>1</v></row>'],
    ["text between cells", '<row r="1"><c r="A1"><v>1</v></c> <c r="B1"><v>2</v></c></row>'],
  ])("leaves a row with %s to the scanner, reading nothing of it", (_, xml) => {
    expect(told(`${xml}</sheetData>`)).toEqual({ stop: 0, lines: [] });
  });

  it.each([
    [
      "the same attributes as the row before",
      '<row r="1" spans="1:2"><c r="A1"><v>1</v></c></row><row r="2" spans="1:2"><c r="A2"><v>2</v></c></row>',
      [
        "row 1",
        "A1 s=undefined t=undefined f=undefined v=1",
        "row 2",
        "A2 s=undefined t=undefined f=undefined v=2",
      ],
    ],
  ])("reads rows with %s", (_, xml, lines) => {
    expect(told(`${xml}</sheetData>`)).toEqual({ stop: xml.length, lines });
  });

  it.each([
    ["a duplicate attribute", '<row r="2" spans="1:2" spans="1:2"><c r="A2"><v>2</v></c></row>'],
    ["a second r", '<row r="2" spans="1:2" r="3"><c r="A2"><v>2</v></c></row>'],
  ])("after a row it read, still leaves a row with %s to the scanner", (_, second) => {
    const first = '<row r="1" spans="1:2"><c r="A1"><v>1</v></c></row>';
    expect(told(`${first}${second}${first}</sheetData>`)).toEqual({
      stop: first.length,
      lines: ["row 1", "A1 s=undefined t=undefined f=undefined v=1"],
    });
  });

  it("gives -1 when the sink declines", () => {
    const sink: CanonicalRowSink = { row: () => false, cell: () => true };
    expect(readCanonicalRows('<row r="1"/>', 0, sink)).toBe(-1);
  });
});

describe("the worksheet reader reads the same with and without the patterns", () => {
  const pieces = [
    "<",
    ">",
    "/",
    '"',
    " ",
    "\t",
    "&amp;",
    "0",
    "9",
    "e",
    "中",
    't="s"',
    't="b"',
    't="str"',
    's="7"',
    's="x"',
    'r="A1"',
    'r="Z9"',
    "<v>1</v>",
    "<v></v>",
    "<f>1</f>",
    "<f></f>",
    '<f t="shared" si="0">A1</f>',
    '<c r="P47"/>',
    '<row r="48"/>',
    "</row>",
    "</c>",
  ];
  const from = sheet.indexOf("<sheetData>") + "<sheetData>".length;
  const to = sheet.indexOf("</sheetData>");

  it("whatever is changed in the rows", () => {
    fc.assert(
      fc.property(xmlEdits(from, to, pieces), (edits) => {
        const { patterns, scanner } = bothWays(applyEdits(sheet, edits));
        expect(patterns).toStrictEqual(scanner);
      }),
      { numRuns: 400 },
    );
  });
});
