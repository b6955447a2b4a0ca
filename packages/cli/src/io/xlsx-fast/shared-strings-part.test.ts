import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partsOf } from "../../../test/io/xlsx-fast-zip.js";
import { syntheticReport } from "../../../test/support/synthetic-reports.js";
import { reportFileBytes, reportSheetModel } from "../write-report-file.js";
import { readSharedStrings } from "./shared-strings-part.js";
import { applyEdits, xmlEdits } from "./xml-edits.test-support.js";

// Every part here is SYNTHETIC: a synthetic report's shared strings, some changed on purpose.

const strings = partsOf(
  await reportFileBytes(reportSheetModel(syntheticReport("441400", "2017-03")), "xlsx"),
).get("xl/sharedStrings.xml") as string;

/** The items read with plain ones read by a pattern where they can be, and by the scanner alone. */
function bothWays(xml: string) {
  // A newline before every item is text between them, which the pattern never reads past.
  const scannerOnly = xml.replace(/<si>/g, "\n<si>");
  return { pattern: readSharedStrings(xml), scanner: readSharedStrings(scannerOnly) };
}

describe("readSharedStrings reads plain items by a pattern as the scanner reads them", () => {
  it("the shared strings of a synthetic report", () => {
    const { pattern, scanner } = bothWays(strings);
    expect(pattern?.length).toBeGreaterThan(10);
    expect(pattern).toStrictEqual(scanner);
  });

  it.each([
    [
      "plain and preserved text",
      '<sst><si><t>姓名</t></si><si><t xml:space="preserve"> a </t></si></sst>',
    ],
    [
      "preserved text around plain and empty items",
      '<sst><si><t xml:space="preserve"></t></si><si><t>x</t></si><si><t xml:space="preserve">甲 乙</t></si></sst>',
    ],
    ["empty text", "<sst><si><t></t></si></sst>"],
    ["escapes", "<sst><si><t>a_x000A_b</t></si><si><t>&lt;&amp;</t></si></sst>"],
    [
      "runs between plain items",
      "<sst><si><t>a</t></si><si><r><t>b</t></r><r><t>c</t></r></si><si><t>d</t></si></sst>",
    ],
  ])("%s", (_, xml) => {
    const { pattern, scanner } = bothWays(xml);
    expect(pattern).toBeDefined();
    expect(pattern).toStrictEqual(scanner);
  });

  it("whatever is changed in the items", () => {
    const pieces = [
      "<",
      ">",
      "/",
      "&",
      "&amp;",
      "&#0;",
      " ",
      "\t",
      "中",
      "_x0041_",
      "<t>",
      '<t xml:space="preserve">',
      ' xml:space="preserve"',
      "</t>",
      "<si>",
      "</si>",
      "<r><t>x</t></r>",
      '<rPh sb="0" eb="1"><t>x</t></rPh>',
    ];
    const from = strings.indexOf("<si>");
    const to = strings.lastIndexOf("</si>");
    fc.assert(
      fc.property(xmlEdits(from, to, pieces), (edits) => {
        const { pattern, scanner } = bothWays(applyEdits(strings, edits));
        expect(pattern).toStrictEqual(scanner);
      }),
      { numRuns: 400 },
    );
  });
});
