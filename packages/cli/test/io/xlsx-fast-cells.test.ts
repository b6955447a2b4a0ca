import { describe, expect, it } from "vitest";
import { reportFileBytes, reportSheetModel } from "../../src/io/write-report-file.js";
import { readXlsxFast } from "../../src/io/xlsx-fast/read-xlsx-fast.js";
import { loadWorkbook, worksheetGrid } from "../../src/io/xlsx-grid.js";
import { syntheticReport } from "../support/synthetic-reports.js";
import { partsOf, workbookOf } from "./xlsx-fast-zip.js";

// SYNTHETIC: a synthetic report's workbook whose report sheet (and shared strings) are replaced
// by hand-written XML, the way other tools than exceljs write cells.

const base = partsOf(
  await reportFileBytes(reportSheetModel(syntheticReport("441400", "2017-03")), "xlsx"),
);
const sheetPart = "xl/worksheets/sheet1.xml";
const stringsPart = "xl/sharedStrings.xml";

const baseStrings = base.get(stringsPart) as string;
const stringCount = baseStrings.split("<si>").length - 1;

/** The workbook with this sheet data; `strings` are added to the shared strings, `{n}` in the
 * sheet data being the index of the n-th of them. */
function workbookWith(sheetData: string, strings?: string): Uint8Array {
  const parts = new Map(base);
  const sheet = parts.get(sheetPart) as string;
  const data = sheetData.replace(/\{(\d+)\}/g, (_, n: string) => String(stringCount + Number(n)));
  parts.set(
    sheetPart,
    sheet.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${data}</sheetData>`),
  );
  if (strings !== undefined)
    parts.set(stringsPart, baseStrings.replace("</sst>", `${strings}</sst>`));
  return workbookOf(parts);
}

async function outcome(bytes: Uint8Array): Promise<"read" | "declined"> {
  const fast = readXlsxFast(bytes);
  if (fast === "unsupported") return "declined";
  const workbook = await loadWorkbook(bytes);
  expect(fast.map((s) => s.grid())).toStrictEqual(
    workbook?.worksheets.map((s) => worksheetGrid(s)),
  );
  return "read";
}

const row = (cells: string, r = 1) => `<row r="${r}">${cells}</row>`;

describe("the fast xlsx reader reads hand-written cells as exceljs does", () => {
  it.each<[string, string, string | undefined, "read" | "declined"]>([
    [
      "str values decoded twice",
      row('<c r="A1" t="str"><v>a &amp;lt; b &amp;amp; c</v></c>'),
      undefined,
      "read",
    ],
    [
      "inline strings",
      row('<c r="A1" t="inlineStr"><is><t>内联 _x000A_ text</t></is></c>'),
      undefined,
      "read",
    ],
    [
      "inline rich text",
      row(
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>a_x000A_</t></r><r><t>b</t></r><r><rPr/></r></is></c>',
      ),
      undefined,
      "read",
    ],
    [
      "booleans other than 0 and 1",
      row('<c r="A1" t="b"><v>2</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v>x</v></c>'),
      undefined,
      "read",
    ],
    [
      "odd numbers",
      row('<c r="A1"><v> 1.5e3 </v></c><c r="B1" t="n"><v>abc</v></c><c r="C1"><v>-0</v></c>'),
      undefined,
      "read",
    ],
    [
      "errors",
      row('<c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
      undefined,
      "read",
    ],
    [
      "empty values",
      row('<c r="A1"><v></v></c><c r="B1" s="1"/><c r="C1" t="s"/><c r="D1"><v>1</v></c>'),
      undefined,
      "read",
    ],
    ["a formula without text", row('<c r="A1"><f></f><v>1</v></c>'), undefined, "declined"],
    [
      "a shared formula before its master",
      row(
        '<c r="A1"><f t="shared" si="0"/><v>1</v></c><c r="B1"><f t="shared" ref="B1:C1" si="0">ROW()</f><v>1</v></c>',
      ),
      undefined,
      "declined",
    ],
    [
      "shared formulas from their master",
      row('<c r="A1"><f t="shared" ref="A1:A3" si="0">ROW()</f><v>1</v></c>') +
        row('<c r="A2"><f t="shared" si="0"/><v>2</v></c>', 2) +
        row('<c r="A3"><f t="shared" si="0"/></c>', 3),
      undefined,
      "read",
    ],
    [
      "array formulas",
      row('<c r="A1"><f t="array" ref="A1">SUM(B1:B2)</f><v>0</v></c>'),
      undefined,
      "read",
    ],
    [
      "formula results as text, with entities",
      row('<c r="A1" t="str"><f>"x"</f><v>&amp;amp;</v></c><c r="B1" t="str"><f>""</f><v></v></c>'),
      undefined,
      "read",
    ],
    ["a date type", row('<c r="A1" t="d"><v>2017-03-01</v></c>'), undefined, "declined"],
    ["cells without a reference", row('<c t="s"><v>0</v></c>'), undefined, "declined"],
    ["a cell of another row", row('<c r="A2"><v>1</v></c>'), undefined, "declined"],
    [
      "rows out of order",
      row('<c r="A2"><v>1</v></c>', 2) + row('<c r="A1"><v>1</v></c>'),
      undefined,
      "declined",
    ],
    [
      "shared strings with rich runs and phonetic guides",
      row(
        '<c r="A1" t="s"><v>{0}</v></c><c r="B1" t="s"><v>{1}</v></c><c r="C1" t="s"><v>{2}</v></c>',
      ),
      '<si><t>plain _x0041_</t></si><si><r><t>rich</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve"> runs</t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>',
      "read",
    ],
    [
      "a shared string index out of range",
      row('<c r="A1" t="s"><v>{1}</v></c>'),
      "<si><t>only</t></si>",
      "declined",
    ],
    [
      "a shared string without text",
      row('<c r="A1" t="s"><v>{0}</v></c>'),
      "<si></si>",
      "declined",
    ],
    [
      "character references",
      row('<c r="A1" t="inlineStr"><is><t>&#x4e2d;&#65;&#13;</t></is></c>'),
      undefined,
      "read",
    ],
  ])("%s", async (_, sheetData, strings, expected) => {
    expect(await outcome(workbookWith(sheetData, strings))).toBe(expected);
  });
});
