import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportFileBytes, reportSheetModel } from "../../src/io/write-report-file.js";
import { readXlsxFast } from "../../src/io/xlsx-fast/read-xlsx-fast.js";
import { readZipArchive } from "../../src/io/xlsx-fast/zip-archive.js";
import { loadWorkbook, worksheetGrid } from "../../src/io/xlsx-grid.js";
import { syntheticReport } from "../support/synthetic-reports.js";
import { partsOf, workbookOf, zipOf } from "./xlsx-fast-zip.js";

// Every file here is SYNTHETIC: random bytes, or a synthetic report's workbook damaged on purpose.

const good = await reportFileBytes(reportSheetModel(syntheticReport("441400", "2017-03")), "xlsx");

/** The fast reader's grids, or "unsupported"; fails the test if it throws. */
function fast(bytes: Uint8Array) {
  const sheets = readXlsxFast(bytes);
  return sheets === "unsupported" ? sheets : sheets.map((s) => s.grid());
}

describe("the fast xlsx reader never throws and bounds its work", () => {
  it("declines random bytes, with or without a zip signature", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 4096 }), (signed, tail) => {
        const bytes = signed ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]) : tail;
        expect(fast(bytes)).toBe("unsupported");
      }),
      { numRuns: 300 },
    );
  });

  it("declines every truncation of a good workbook", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), (length) => {
        expect(fast(good.subarray(0, length))).toBe("unsupported");
      }),
      { numRuns: 200 },
    );
  });

  it("reads a damaged workbook as exceljs does, or declines it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.nat({ max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (changes) => {
          const bytes = good.slice();
          for (const [at, value] of changes) bytes[at] = value;
          const grids = fast(bytes);
          if (grids === "unsupported") return;
          // Read: exceljs must read the same (the damage was somewhere neither reads).
          const workbook = await loadWorkbook(bytes);
          expect(grids).toStrictEqual(workbook?.worksheets.map((s) => worksheetGrid(s)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses a zip bomb before inflating it", () => {
    // One entry claiming 8 bytes that inflates to 64 MiB of zeros.
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
    const bytes = zipOf("xl/worksheets/sheet1.xml", bomb, 8);
    expect(readZipArchive(bytes)).toBeDefined();
    expect(readXlsxFast(bytes, { maxInflatedBytes: 1024 })).toBe("unsupported");
    expect(readXlsxFast(bytes)).toBe("unsupported");
  });

  it.each([
    [
      "an element with 20,000 attributes",
      (sheet: string) =>
        sheet.replace(
          "<sheetData>",
          `<sheetData><row r="1" ${Array.from({ length: 20000 }, (_, i) => `a${i}="1"`).join(" ")}/>`,
        ),
    ],
    [
      "5,000 merged ranges",
      (sheet: string) =>
        sheet.replace(
          "</sheetData>",
          `</sheetData><mergeCells>${Array.from({ length: 5000 }, (_, i) => `<mergeCell ref="Z${i + 100}:AA${i + 100}"/>`).join("")}</mergeCells>`,
        ),
    ],
  ])("declines %s (work bounded)", (_, alter) => {
    const parts = partsOf(good);
    parts.set("xl/worksheets/sheet1.xml", alter(parts.get("xl/worksheets/sheet1.xml") as string));
    expect(readXlsxFast(workbookOf(parts))).toBe("unsupported");
  });

  it("refuses archives with more entries than allowed", () => {
    expect(readZipArchive(good, { maxEntries: 3 })).toBeUndefined();
    expect(readZipArchive(good)?.size).toBeGreaterThan(3);
  });
});

describe("the fast xlsx reader reads XML that is not quite right as exceljs does, or declines", () => {
  const parts = partsOf(good);
  const names = [
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "docProps/core.xml",
  ];
  const pieces = [
    "<",
    ">",
    "/",
    "&",
    ";",
    "&amp;",
    "&#65;",
    "&#0;",
    '"',
    "'",
    "=",
    " ",
    "\n",
    "\t",
    "\r",
    "<c>",
    "</c>",
    "<v>1</v>",
    "<t>",
    "</t>",
    "<f>1+1</f>",
    't="s"',
    't="str"',
    't="b"',
    't="e"',
    's="1"',
    "r=",
    "A1",
    "<!--x-->",
    "<![CDATA[x]]>",
    "_x000A_",
    "<r><t>x</t></r>",
    '<mergeCell ref="A1:B2"/>',
    "\u00e9",
    "\u4e2d",
    "\ufeff",
    "0",
    "9",
    "-",
    ".",
  ];

  // Pieces that keep the XML well formed where text is: what exceljs must read the same.
  const textPieces = [
    "0",
    "9",
    "-",
    ".",
    " ",
    "e5",
    "x",
    "\u00e9",
    "\u4e2d",
    "&amp;",
    "&lt;",
    "&#65;",
    "&#x4e2d;",
    "_x000A_",
    "&amp;lt;",
    '"',
    "'",
    ";",
    ">",
  ];

  it.each([
    ["random pieces anywhere", pieces, 400],
    ["text pieces where text is", textPieces, 300],
  ] as const)("for %s", async (_, choices, numRuns) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(0, 0, 0, 1, 3),
            fc.constantFrom(...choices),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        async (name, edits) => {
          const changed = new Map(parts);
          let text = changed.get(name) as string;
          for (const [where, cut, piece, afterTag] of edits) {
            const textOnly = choices === textPieces;
            // Half the edits (text pieces: all) go right after a tag or inside a value.
            const ends =
              afterTag || textOnly
                ? [...text.matchAll(/>|="/g)].map((m) => m.index + m[0].length)
                : [];
            const at =
              ends.length > 0 ? (ends[where % ends.length] as number) : where % text.length;
            text = text.slice(0, at) + piece + text.slice(at + (textOnly ? 0 : cut));
          }
          changed.set(name, text);
          const bytes = workbookOf(changed);
          const grids = fast(bytes);
          if (grids === "unsupported") return;
          const workbook = await loadWorkbook(bytes);
          expect(grids).toStrictEqual(workbook?.worksheets.map((s) => worksheetGrid(s)));
        },
      ),
      { numRuns },
    );
  });

  it("reads the good workbook rebuilt from its parts", async () => {
    const bytes = workbookOf(parts);
    const workbook = await loadWorkbook(bytes);
    expect(fast(bytes)).toStrictEqual(workbook?.worksheets.map((s) => worksheetGrid(s)));
  });
});
