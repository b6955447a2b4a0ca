import { writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { partsOf, workbookOf } from "../../test/io/xlsx-fast-zip.js";
import { syntheticReport } from "../../test/support/synthetic-reports.js";
import { useTempDir } from "../../test/support/temp-dir.js";
import { readReportFile, readReportFileDefaults } from "./read-report-file.js";
import { reportFileBytes, reportSheetModel } from "./write-report-file.js";

// Every file here is written from a SYNTHETIC report into a temporary folder.
const dir = useTempDir("read-parts");
const report = syntheticReport("441400", "2017-03");

describe("readReportFile reads only the parts the report sheet depends on (DECISION xlsxParts)", () => {
  it('defaults to "report-sheet"', () => {
    expect(readReportFileDefaults.xlsxParts).toBe("report-sheet");
  });

  it.each([
    [
      "its notes sheet",
      "xl/worksheets/sheet2.xml",
      (xml: string) => xml.replace("</sheetData>", ""),
    ],
    [
      "its document properties",
      "docProps/core.xml",
      (xml: string) =>
        xml.replace("</cp:coreProperties>", "<cp:other>x</cp:other></cp:coreProperties>"),
    ],
  ])(
    "reads a workbook when exceljs refuses %s, or reports it file-corrupt reading every part",
    async (_, part, damage) => {
      const parts = partsOf(await reportFileBytes(reportSheetModel(report), "xlsx"));
      parts.set(part, damage(parts.get(part) as string));
      const path = dir.file("damaged.xlsx");
      await writeFile(path, workbookOf(parts));

      const read = await readReportFile(path);
      expect(read.problems).toEqual([]);
      expect(read.reports).toEqual([report]);

      const strict = await readReportFile(path, { xlsxParts: "workbook", displayName: "d" });
      expect(strict.reports).toEqual([]);
      expect(strict.problems.map((p) => p.code)).toEqual(["file-corrupt"]);
    },
  );

  it("reads the same report either way from a sound workbook", async () => {
    const path = dir.file("sound.xlsx");
    await writeFile(path, await reportFileBytes(reportSheetModel(report), "xlsx"));
    const read = await readReportFile(path);
    expect(await readReportFile(path, { xlsxParts: "workbook" })).toEqual(read);
    expect(read.reports).toEqual([report]);
  });
});
