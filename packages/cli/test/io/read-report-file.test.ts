import { open, readFile, truncate, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readReportFile } from "../../src/io/read-report-file.js";
import { writeReportFile } from "../../src/io/write-report-file.js";
import { syntheticReport } from "../support/synthetic-reports.js";
import { useTempDir } from "../support/temp-dir.js";

// Every file here is generated from SYNTHETIC reports into a temporary folder.
const dir = useTempDir("read");
const report = syntheticReport("441400", "2017-03", {
  corrections: [
    {
      month: "2017-02",
      county: "441402",
      indicator: "youths-paired",
      value: 3,
      reason: "重复登记（合成）",
    },
  ],
});

/** Writes the synthetic report as xlsx, lets a test change the workbook, saves it again. */
async function alteredXlsx(
  name: string,
  alter: (sheet: ExcelJS.Worksheet) => void,
): Promise<string> {
  const path = dir.file(name);
  await writeReportFile(report, path, "xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  alter(workbook.getWorksheet("月报 report") as ExcelJS.Worksheet);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The report's CSV text without its byte-order mark, changed line by line. */
async function csvText(alter: (lines: string[]) => string[] = (l) => l): Promise<string> {
  const path = dir.file("base.csv");
  await writeReportFile(report, path, "csv");
  const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  return alter(text.split("\r\n")).join("\r\n");
}

describe("readReportFile reads back what writeReportFile wrote", () => {
  it.each(["xlsx", "csv"] as const)("%s round-trips a report with a correction", async (format) => {
    const path = dir.file(`round-trip.${format}`);
    await writeReportFile(report, path, format, { synthetic: true });
    const read = await readReportFile(path);
    expect(read.problems).toEqual([]);
    expect(read.reports).toEqual([report]);
    expect(read.located[0]?.source).toMatchObject({
      file: path,
      fieldRows: { unit: 2, month: 3, receivedAt: 7 },
      countyRows: [12, 13, 14, 15, 16, 17, 18, 19],
      indicatorColumns: { "youths-registered": "C", "youths-covered": "O" },
      total: { row: 20 },
      correctionRows: [25],
    });
  });

  it("reads a CSV saved by Chinese Excel in GBK", async () => {
    const path = dir.file("gbk.csv");
    await writeFile(path, iconv.encode(await csvText(), "gbk"));
    const read = await readReportFile(path);
    expect(read.problems).toEqual([]);
    expect(read.reports[0]?.filledBy.organisation).toBe("共青团示例市委（合成）");
  });

  it("reads a CSV with a UTF-8 byte-order mark", async () => {
    const path = dir.file("bom.csv");
    await writeFile(path, `\uFEFF${await csvText()}`);
    expect((await readReportFile(path)).reports).toEqual([report]);
  });

  it("reads Excel's tab-separated UTF-16 'Unicode text'", async () => {
    const path = dir.file("unicode.csv");
    const tabbed = await csvText((lines) => lines.map((l) => l.replaceAll(",", "\t")));
    // The comma inside the quoted month hint became a tab too; it is only a hint.
    await writeFile(
      path,
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tabbed, "utf16le")]),
    );
    const read = await readReportFile(path);
    expect(read.problems).toEqual([]);
    expect(read.reports[0]?.unit).toBe("441400");
  });

  it.each([
    ["2017/3", "2017-03"],
    ["2017年3月", "2017-03"],
    ["2017/3/1", "2017-03"],
    ["201703", "2017-03"],
  ])("normalises the month %s to %s", async (written, month) => {
    const path = dir.file("month.csv");
    await writeFile(
      path,
      await csvText((l) =>
        l.map((x) => x.replace(/^报送月份 month,2017-03/, `报送月份 month,${written}`)),
      ),
    );
    expect((await readReportFile(path)).reports[0]?.month).toBe(month);
  });

  it("reads month and receipt time from Excel date cells", async () => {
    const path = await alteredXlsx("dates.xlsx", (sheet) => {
      // As Excel stores a typed date: a serial number with a date format.
      sheet.getCell("B3").value = new Date(Date.UTC(2017, 2, 1));
      sheet.getCell("B3").numFmt = "yyyy-mm";
      sheet.getCell("B7").value = new Date(Date.UTC(2017, 3, 18, 10, 30));
      sheet.getCell("B7").numFmt = "yyyy-mm-dd hh:mm";
    });
    const read = await readReportFile(path);
    expect(read.problems).toEqual([]);
    expect(read.reports[0]).toMatchObject({
      month: "2017-03",
      receivedAt: "2017-04-18T10:30:00+08:00",
    });
  });

  it("uses a saved formula result of 0 (which exceljs's cell.value drops)", async () => {
    const zeros = syntheticReport("441400", "2017-03", {
      counties: report.counties.map((c) => ({ ...c, counts: { ...c.counts, "v-stations": 0 } })),
    });
    const path = dir.file("zero-total.xlsx");
    await writeReportFile(zeros, path, "xlsx");
    const read = await readReportFile(path);
    expect(read.problems).toEqual([]);
    expect(read.located[0]?.source?.total?.counts["v-stations"]).toBe(0);
  });

  it("uses the saved result of a formula cell", async () => {
    const path = await alteredXlsx("formula-result.xlsx", (sheet) => {
      const value = sheet.getCell("C12").value as number;
      sheet.getCell("C12").value = { formula: `${value - 1}+1`, result: value };
    });
    const read = await readReportFile(path);
    expect(read.problems).toEqual([]);
    expect(read.reports).toEqual([report]);
  });
});

describe("readReportFile reports bad files with their place, and no report", () => {
  const only = async (path: string) => {
    const read = await readReportFile(path, { displayName: "bad" });
    expect(read.reports).toEqual([]);
    expect(read.located).toEqual([]);
    return read.problems;
  };

  it("refuses an encrypted (password-protected) workbook or old .xls by its OLE signature", async () => {
    const path = dir.file("locked.xlsx");
    await writeFile(
      path,
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)]),
    );
    expect(await only(path)).toEqual([
      {
        file: "bad",
        code: "file-encrypted-or-xls",
        message: expect.objectContaining({ en: expect.stringMatching(/encrypted.*\.xls/) }),
      },
    ]);
  });

  it.each([
    [
      "a truncated workbook",
      async (p: string, good: Buffer) => writeFile(p, good.subarray(0, good.length / 2)),
    ],
    [
      "a zip header followed by junk",
      async (p: string) =>
        writeFile(p, Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(500, 7)])),
    ],
    ["text named .xlsx", async (p: string) => writeFile(p, "not a workbook")],
  ])("reports %s as file-corrupt", async (_, make) => {
    const good = dir.file("good.xlsx");
    await writeReportFile(report, good, "xlsx");
    const path = dir.file("corrupt.xlsx");
    await make(path, await readFile(good));
    expect((await only(path)).map((p) => p.code)).toEqual(["file-corrupt"]);
  });

  it.each([
    ["an empty file", ""],
    ["a CSV with nothing but a byte-order mark and blank lines", "\uFEFF\r\n,,\r\n"],
  ])("reports %s as file-empty", async (_, content) => {
    const path = dir.file("empty.csv");
    await writeFile(path, content);
    expect((await only(path)).map((p) => p.code)).toEqual(["file-empty"]);
  });

  it("refuses a file over 100 MB before reading it", async () => {
    const path = dir.file("huge.csv");
    await (await open(path, "w")).close();
    await truncate(path, 101 * 1024 * 1024); // sparse: takes no disk space
    const [problem] = await only(path);
    expect(problem).toMatchObject({
      code: "file-too-large",
      message: { en: expect.stringContaining("101.0 MB") },
    });
  });

  it("reports a missing file", async () => {
    expect((await only(dir.file("nowhere.xlsx"))).map((p) => p.code)).toEqual(["file-not-found"]);
  });

  it("reports a formula without a saved result at its cell", async () => {
    const path = await alteredXlsx("formula.xlsx", (sheet) => {
      sheet.getCell("D13").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    });
    expect(await only(path)).toEqual([
      expect.objectContaining({
        sheet: "月报 report",
        row: 13,
        column: "D",
        code: "formula-without-value",
      }),
    ]);
  });

  it("reports merged cells where they break the layout, once", async () => {
    const path = await alteredXlsx("merged.xlsx", (sheet) => {
      sheet.mergeCells("C12:C13");
    });
    expect(await only(path)).toEqual([
      expect.objectContaining({
        row: 12,
        column: "C",
        code: "merged-cells",
        message: expect.objectContaining({ en: expect.stringContaining("C12:C13") }),
      }),
    ]);
  });

  it("accepts merged cells in the title row", async () => {
    const path = await alteredXlsx("merged-title.xlsx", (sheet) => {
      sheet.mergeCells("A1:B1");
    });
    expect((await readReportFile(path)).problems).toEqual([]);
  });

  it.each([
    ["-1", "count-negative"],
    ["2.5", "count-not-integer"],
    ["十二", "count-not-a-number"],
    ["", "count-missing"],
  ])("reports the count %j as %s at its row and column", async (value, code) => {
    const path = dir.file("count.csv");
    await writeFile(
      path,
      await csvText((l) =>
        l.map((x) =>
          x.startsWith("441403,") ? x.replace(/^(441403,[^,]*,)\d+/, `$1${value}`) : x,
        ),
      ),
    );
    expect(await only(path)).toEqual([expect.objectContaining({ row: 13, column: "C", code })]);
  });

  it.each([
    ["March 17", "month-unreadable"],
    ["2017/3/15", "month-ambiguous"],
    ["", "month-missing"],
  ])("reports the month %j as %s at B3", async (value, code) => {
    const path = dir.file("bad-month.csv");
    await writeFile(
      path,
      await csvText((l) =>
        l.map((x) => x.replace(/^报送月份 month,2017-03/, `报送月份 month,${value}`)),
      ),
    );
    expect(await only(path)).toEqual([expect.objectContaining({ row: 3, column: "B", code })]);
  });

  it("reports a missing total row", async () => {
    const path = dir.file("no-total.csv");
    await writeFile(path, await csvText((l) => l.filter((x) => !x.startsWith("合计,"))));
    expect((await only(path)).map((p) => p.code)).toEqual(["total-row-missing"]);
  });

  it("reports a CSV formula no one calculated", async () => {
    const path = dir.file("csv-formula.csv");
    await writeFile(
      path,
      await csvText((l) =>
        l.map((x) =>
          x.startsWith("合计,") ? x.replace(/^合计,total,\d+/, "合计,total,=SUM(C12:C19)") : x,
        ),
      ),
    );
    expect(await only(path)).toEqual([
      expect.objectContaining({ row: 20, column: "C", code: "formula-without-value" }),
    ]);
  });

  it("says a file that is not a report is not a report", async () => {
    const path = dir.file("other.csv");
    await writeFile(path, "name,age\r\nsomeone,12\r\n");
    expect((await only(path)).map((p) => p.code)).toEqual(["not-a-report"]);
  });
});
