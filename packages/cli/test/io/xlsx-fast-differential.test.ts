import { reportingUnits } from "@zhucan/domain";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  reportFileBytes,
  reportSheetModel,
  reportTemplateModel,
} from "../../src/io/write-report-file.js";
import { readXlsxFast } from "../../src/io/xlsx-fast/read-xlsx-fast.js";
import { loadWorkbook, worksheetGrid } from "../../src/io/xlsx-grid.js";
import { sampleReports } from "../../src/sample/sample-reports.js";
import { syntheticReport } from "../support/synthetic-reports.js";

// Every workbook here is SYNTHETIC: the CLI's own sample and templates, or built in the test.

async function exceljsSheets(bytes: Uint8Array) {
  const workbook = await loadWorkbook(bytes);
  return workbook?.worksheets.map((s) => ({
    name: s.name,
    state: s.state,
    grid: worksheetGrid(s),
  }));
}

/** The fast reader's sheets, or "unsupported". */
function fastSheets(bytes: Uint8Array) {
  const sheets = readXlsxFast(bytes);
  if (sheets === "unsupported") return sheets;
  return sheets.map((s) => ({ name: s.name, state: s.state, grid: s.grid() }));
}

/** Checks the fast reader gives exactly exceljs's sheets, or declines; says which. */
export async function sameAsExceljs(bytes: Uint8Array): Promise<"read" | "declined"> {
  const fast = fastSheets(bytes);
  if (fast === "unsupported") return "declined";
  expect(fast).toStrictEqual(await exceljsSheets(bytes));
  return "read";
}

async function bytesOf(workbook: ExcelJS.Workbook, options?: Partial<ExcelJS.XlsxWriteOptions>) {
  return new Uint8Array((await workbook.xlsx.writeBuffer(options)) as ArrayBuffer);
}

describe("the fast xlsx reader reads every workbook the CLI writes as exceljs does", () => {
  const samples = [1, 2, 7].flatMap((seed) => {
    const reports = sampleReports(seed);
    // A spread of units and months, corrections included.
    return reports.filter((_, i) => i % 97 === seed % 97 || _.corrections.length > 0).slice(0, 12);
  });

  it.each(samples.map((r) => [r.unit, r.month, r]))(
    "the sample report of %s for %s",
    async (_, __, report) => {
      const bytes = await reportFileBytes(reportSheetModel(report, { synthetic: true }), "xlsx");
      expect(await sameAsExceljs(bytes)).toBe("read");
    },
  );

  it.each(reportingUnits.slice(0, 22).map((u) => [u.code]))(
    "the blank template of %s (SUM formulas without results)",
    async (unit) => {
      const bytes = await reportFileBytes(reportTemplateModel(unit, "2017-03"), "xlsx");
      expect(await sameAsExceljs(bytes)).toBe("read");
    },
  );
});

/** A workbook built with exceljs: one sheet filled by `fill`, and a second plain one. */
async function built(
  fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  options?: Partial<ExcelJS.XlsxWriteOptions>,
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("月报 report");
  workbook.addWorksheet("说明 notes").getCell("A1").value = "说明";
  fill(sheet, workbook);
  return bytesOf(workbook, options);
}

const richText: ExcelJS.CellRichTextValue = {
  richText: [{ text: "合成 " }, { font: { bold: true }, text: "rich" }, { text: " text" }],
};

const cases: [string, (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void][] = [
  [
    "numbers, text, booleans",
    (s) => {
      s.getCell("A1").value = 12;
      s.getCell("B1").value = -0.5;
      s.getCell("C1").value = "文本 & <text>";
      s.getCell("D1").value = true;
      s.getCell("E1").value = false;
      s.getCell("A3").value = "";
      s.getCell("C5").value = "  spaced  ";
    },
  ],
  [
    "formulas with results, also 0, false and empty text",
    (s) => {
      s.getCell("A1").value = { formula: "1+1", result: 2 };
      s.getCell("A2").value = { formula: "1-1", result: 0 };
      s.getCell("A3").value = { formula: "1>2", result: false };
      s.getCell("A4").value = { formula: "1<2", result: true };
      s.getCell("A5").value = { formula: '""', result: "" };
      s.getCell("A6").value = { formula: '"a&b"', result: "a&amp;b <x>" };
      s.getCell("A7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    },
  ],
  [
    "formulas without results",
    (s) => {
      s.getCell("B2").value = { formula: "SUM(A1:A9)" } as ExcelJS.CellFormulaValue;
      s.getCell("B3").value = { formula: "B2*2", result: undefined } as ExcelJS.CellFormulaValue;
    },
  ],
  [
    "shared formulas",
    (s) => {
      s.getCell("A1").value = { formula: "ROW()", result: 1 };
      s.getCell("A2").value = { sharedFormula: "A1", result: 2 };
      s.getCell("A3").value = { sharedFormula: "A1", result: 0 };
      s.getCell("A4").value = { sharedFormula: "A1" } as ExcelJS.CellSharedFormulaValue;
    },
  ],
  [
    "error values",
    (s) => {
      s.getCell("A1").value = { error: "#N/A" };
      s.getCell("B1").value = { error: "#REF!" };
    },
  ],
  [
    "dates and date formats",
    (s) => {
      s.getCell("A1").value = new Date(Date.UTC(2017, 2, 1));
      s.getCell("A2").value = new Date(Date.UTC(2017, 3, 18, 10, 30));
      s.getCell("A2").numFmt = "yyyy-mm-dd hh:mm";
      s.getCell("A3").value = 42795;
      s.getCell("A3").numFmt = 'yyyy"年"m"月"';
      s.getCell("A4").value = 42795;
      s.getCell("A4").numFmt = '0"个"';
      s.getCell("A5").value = 0.25;
      s.getCell("A5").numFmt = "[h]:mm";
      s.getCell("A6").value = { formula: "A3+1", result: 42796 };
      s.getCell("A6").numFmt = "yyyy-mm-dd";
      s.getCell("A7").value = "2017-03";
      s.getCell("A7").numFmt = "@";
    },
  ],
  [
    "merged cells with values under them",
    (s) => {
      s.getCell("A1").value = "title";
      s.mergeCells("A1:C1");
      s.getCell("B3").value = 5;
      s.getCell("C4").value = 6;
      s.mergeCells("B3:C4");
      s.mergeCells("E5:E9");
      s.getCell("F1").value = 1;
    },
  ],
  [
    "rich text",
    (s) => {
      s.getCell("A1").value = richText;
      s.getCell("A2").value = { richText: [{ text: "" }] };
    },
  ],
  [
    "hidden and very hidden sheets",
    (s, w) => {
      s.state = "hidden";
      s.getCell("A1").value = 1;
      const other = w.addWorksheet("report 2");
      other.state = "veryHidden";
      other.getCell("B2").value = "x";
    },
  ],
  [
    "styled empty cells and empty rows",
    (s) => {
      s.getCell("A1").value = 1;
      s.getCell("B5").numFmt = "0";
      s.getCell("C7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      s.getRow(9).font = { bold: true };
      s.getCell("A12").value = 2;
    },
  ],
  [
    "a hyperlink (left to exceljs, or read the same)",
    (s) => {
      s.getCell("A1").value = { text: "link", hyperlink: "https://example.org" };
    },
  ],
  [
    "a comment (left to exceljs, or read the same)",
    (s) => {
      s.getCell("A1").value = 1;
      s.getCell("A1").note = "synthetic note";
    },
  ],
  [
    "a data validation and frozen panes",
    (s) => {
      s.views = [{ state: "frozen", xSplit: 1, ySplit: 2 }];
      s.getCell("A1").value = 3;
      s.getCell("B2").dataValidation = { type: "whole", operator: "greaterThan", formulae: [0] };
    },
  ],
  [
    "1904 dates",
    (s, w) => {
      w.properties.date1904 = true;
      s.getCell("A1").value = new Date(Date.UTC(2017, 2, 1));
    },
  ],
  [
    "wide and long sheets",
    (s) => {
      for (let r = 1; r <= 300; r++) {
        for (let c = 1; c <= 40; c += 3) s.getCell(r, c).value = r % 2 ? r * c : `r${r}c${c}`;
      }
    },
  ],
];

describe("the fast xlsx reader reads workbooks built with exceljs as exceljs does, or declines", () => {
  it.each(cases)("%s (shared strings)", async (_, fill) => {
    await sameAsExceljs(await built(fill));
  });

  it.each(cases)("%s (inline strings)", async (_, fill) => {
    await sameAsExceljs(await built(fill, { useSharedStrings: false }));
  });

  it("reads all but the hyperlink and the comment rather than declining them", async () => {
    const read = await Promise.all(cases.map(async ([, fill]) => sameAsExceljs(await built(fill))));
    const declined = cases.filter((_, i) => read[i] === "declined").map(([name]) => name);
    expect(declined).toEqual([
      "a hyperlink (left to exceljs, or read the same)",
      "a comment (left to exceljs, or read the same)",
    ]);
  });
});

describe("the fast xlsx reader reads the report files of the read tests as exceljs does", () => {
  const report = syntheticReport("441400", "2017-03");
  const altered = async (alter: (sheet: ExcelJS.Worksheet) => void) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await reportFileBytes(reportSheetModel(report), "xlsx")) as never,
    );
    alter(workbook.getWorksheet("月报 report") as ExcelJS.Worksheet);
    return bytesOf(workbook);
  };
  it.each<[string, (sheet: ExcelJS.Worksheet) => void]>([
    [
      "a formula without a result",
      (s) => {
        s.getCell("D13").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
      },
    ],
    ["merged count cells", (s) => s.mergeCells("C12:C13")],
    ["a merged title", (s) => s.mergeCells("A1:B1")],
    [
      "date cells",
      (s) => {
        s.getCell("B3").value = new Date(Date.UTC(2017, 2, 1));
        s.getCell("B3").numFmt = "yyyy-mm";
      },
    ],
    [
      "a formula with its result",
      (s) => {
        s.getCell("C12").value = { formula: "40+1", result: 41 };
      },
    ],
  ])("%s", async (_, alter) => {
    expect(await sameAsExceljs(await altered(alter))).toBe("read");
  });

  it.each<[string, Uint8Array]>([
    [
      "junk after a zip signature",
      Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(500, 7)]),
    ],
    ["text", Buffer.from("not a workbook")],
    [
      "an OLE (encrypted) header",
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)]),
    ],
  ])("declines %s, which exceljs cannot open", async (_, bytes) => {
    expect(readXlsxFast(bytes)).toBe("unsupported");
    expect(await loadWorkbook(bytes)).toBeUndefined();
  });

  it("declines a truncated workbook", async () => {
    const bytes = await reportFileBytes(reportSheetModel(report), "xlsx");
    for (const length of [10, 100, bytes.length / 2, bytes.length - 1]) {
      expect(readXlsxFast(bytes.subarray(0, Math.floor(length)))).toBe("unsupported");
    }
  });
});
