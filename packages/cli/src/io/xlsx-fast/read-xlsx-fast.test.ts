import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partsOf, workbookOf } from "../../../test/io/xlsx-fast-zip.js";
import { syntheticReport } from "../../../test/support/synthetic-reports.js";
import { sampleReports } from "../../sample/sample-reports.js";
import { notesSheetName, reportSheetName } from "../report-layout.js";
import { reportFileBytes, reportSheetModel } from "../write-report-file.js";
import { loadWorkbook, worksheetGrid } from "../xlsx-grid.js";
import { type FastWorksheetName, readXlsxFast, readXlsxSheetFast } from "./read-xlsx-fast.js";

// Every workbook here is SYNTHETIC: the CLI's own sample reports and synthetic reports, written
// by the CLI, some damaged on purpose.

const report = <T extends FastWorksheetName>(sheets: readonly T[]) =>
  sheets.find((s) => s.name === reportSheetName);
const notes = <T extends FastWorksheetName>(sheets: readonly T[]) =>
  sheets.find((s) => s.name === notesSheetName);

const good = await reportFileBytes(reportSheetModel(syntheticReport("441400", "2017-03")), "xlsx");

/** The grid exceljs reads of the sheet `choose` picks, or `undefined` when it fails. */
async function exceljsGrid(
  bytes: Uint8Array,
  choose: (sheets: readonly FastWorksheetName[]) => FastWorksheetName | undefined,
) {
  const workbook = await loadWorkbook(bytes);
  const sheet = workbook && choose(workbook.worksheets);
  return sheet && worksheetGrid(workbook.getWorksheet(sheet.name) as never);
}

function sheetGrid(
  bytes: Uint8Array,
  choose: (sheets: readonly FastWorksheetName[]) => FastWorksheetName | undefined,
) {
  const sheet = readXlsxSheetFast(bytes, choose);
  return sheet === "unsupported" ? sheet : sheet.grid;
}

const goodGrid = sheetGrid(good, report);

describe("readXlsxSheetFast reads the chosen sheet as exceljs and readXlsxFast do", () => {
  const samples = [3, 11].flatMap((seed) =>
    sampleReports(seed).filter((r, i) => i % 151 === 0 || r.corrections.length > 0),
  );

  it.each(samples.slice(0, 10).map((r) => [r.unit, r.month, r]))(
    "the sample report of %s for %s",
    async (_, __, sample) => {
      const bytes = await reportFileBytes(reportSheetModel(sample, { synthetic: true }), "xlsx");
      const grid = sheetGrid(bytes, report);
      expect(grid).toStrictEqual(await exceljsGrid(bytes, report));
      const all = readXlsxFast(bytes);
      expect(all === "unsupported" ? all : report(all)?.grid()).toStrictEqual(grid);
    },
  );

  it.each([
    ["the report sheet", report],
    ["the notes sheet", notes],
  ])("%s of a synthetic report", async (_, choose) => {
    expect(sheetGrid(good, choose)).toStrictEqual(await exceljsGrid(good, choose));
  });

  it("declines when nothing is chosen, or a sheet not listed", () => {
    expect(readXlsxSheetFast(good, () => undefined)).toBe("unsupported");
    expect(readXlsxSheetFast(good, () => ({ name: reportSheetName, state: "visible" }))).toBe(
      "unsupported",
    );
  });
});

describe("readXlsxSheetFast reads only what the chosen sheet's values depend on (DECISION)", () => {
  const parts = partsOf(good);
  const changed = (name: string, change: (text: string) => string) => {
    const copy = new Map(parts);
    copy.set(name, change(copy.get(name) as string));
    return workbookOf(copy);
  };

  it("reads the report sheet of a workbook whose notes sheet exceljs refuses", async () => {
    const bytes = changed("xl/worksheets/sheet2.xml", (xml) => xml.replace("</sheetData>", ""));
    expect(await loadWorkbook(bytes)).toBeUndefined();
    expect(readXlsxFast(bytes)).toBe("unsupported");
    expect(sheetGrid(bytes, report)).toStrictEqual(goodGrid);
    expect(sheetGrid(bytes, notes)).toBe("unsupported");
  });

  it("reads the report sheet of a workbook with unreadable document properties", () => {
    const bytes = changed("docProps/core.xml", (xml) => xml.replace("<", "<!--"));
    expect(readXlsxFast(bytes)).toBe("unsupported");
    expect(sheetGrid(bytes, report)).toStrictEqual(goodGrid);
  });

  it("passes over data validations exceljs would read differently, but not malformed ones", () => {
    const validations = parts.get("xl/worksheets/sheet1.xml") as string;
    expect(validations).toContain("<dataValidations");
    const odd = changed("xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/sqref="[^"]*"/, 'sqref="A1:B2:C3"'),
    );
    expect(readXlsxFast(odd)).toBe("unsupported");
    expect(sheetGrid(odd, report)).toStrictEqual(goodGrid);
    const malformed = changed("xl/worksheets/sheet1.xml", (xml) =>
      xml.replace("</formula1>", "</formula2>"),
    );
    expect(sheetGrid(malformed, report)).toBe("unsupported");
  });

  it("still declines a damaged part it reads", () => {
    const bytes = changed("xl/sharedStrings.xml", (xml) => xml.replace("</si>", ""));
    expect(sheetGrid(bytes, report)).toBe("unsupported");
  });

  it("gives exceljs's grid, or the undamaged one, or declines, for any byte changed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: good.length - 1 }),
        fc.nat({ max: 255 }),
        async (at, value) => {
          const bytes = good.slice();
          bytes[at] = value;
          const grid = sheetGrid(bytes, report);
          if (grid === "unsupported") return;
          // exceljs reads it: the same grid; it fails: the change was in a part not read.
          expect(grid).toStrictEqual((await exceljsGrid(bytes, report)) ?? goodGrid);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads the same values, or declines, whatever is written inside the data validations", () => {
    const pieces = ["<", ">", "/", "&", "&amp;", "&#0;", '"', "'", "=", " ", "\t", "<x>", "</x>"];
    const xml = parts.get("xl/worksheets/sheet1.xml") as string;
    const from = xml.indexOf("<dataValidations");
    const to = xml.indexOf("</dataValidations>");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: from + 1, max: to }), fc.constantFrom(...pieces)), {
          minLength: 1,
          maxLength: 3,
        }),
        (edits) => {
          let text = xml;
          for (const [where, piece] of [...edits].sort((a, b) => b[0] - a[0])) {
            text = text.slice(0, where) + piece + text.slice(where);
          }
          const grid = sheetGrid(
            changed("xl/worksheets/sheet1.xml", () => text),
            report,
          );
          if (grid !== "unsupported") expect(grid).toStrictEqual(goodGrid);
        },
      ),
      { numRuns: 200 },
    );
  });
});
