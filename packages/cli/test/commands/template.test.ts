import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readReportFile } from "../../src/io/read-report-file.js";
import { runZhucan } from "../support/run-zhucan.js";
import { useTempDir } from "../support/temp-dir.js";

const dir = useTempDir("template");

describe("zhucan template", () => {
  it("writes an xlsx with the unit's counties, validation, a frozen header and a notes sheet", async () => {
    const run = await runZhucan(["template", "--unit", "441400", "--month", "2017-03"], {
      cwd: dir.path,
    });
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe("已生成模板 report-441400-2017-03.xlsx（梅州市，2017-03，8 个县区）");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(dir.file("report-441400-2017-03.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["月报 report", "说明 notes"]);
    const sheet = workbook.getWorksheet("月报 report") as ExcelJS.Worksheet;
    expect(sheet.getCell("A12").value).toBe("441402");
    expect(sheet.getCell("C10").value).toBe("建档立卡");
    expect(sheet.getCell("C11").value).toBe("youths-registered");
    expect(sheet.getCell("C12").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    expect(sheet.getCell("A20").value).toBe("合计");
    expect(sheet.getCell("C20").value).toMatchObject({ formula: "SUM(C12:C19)" });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 11 });
  });

  it("writes a CSV when asked, and an unfilled template does not pass as a report", async () => {
    const run = await runZhucan(
      [
        "template",
        "--unit",
        "440606",
        "--month",
        "2017-3",
        "--format",
        "csv",
        "--out",
        "shunde.csv",
        "--lang",
        "en",
      ],
      { cwd: dir.path },
    );
    expect(run.out[0]).toBe("Wrote the template shunde.csv (Shunde, 2017-03, 1 counties)");
    const read = await readReportFile(dir.file("shunde.csv"));
    expect(read.problems.map((p) => p.code)).toContain("count-missing");
    expect(read.problems.map((p) => p.code)).toContain("organisation-missing");
  });

  it("a template filled in reads back as the unit's report", async () => {
    await runZhucan(["template", "--unit", "441900", "--month", "2017-03", "--out", "dg.csv"], {
      cwd: dir.path,
    });
    // Fill it in as a person would in a text editor: organisation, counts, totals (synthetic).
    const text = (await readFile(dir.file("dg.csv"), "utf8"))
      .replace("填报单位 organisation,", "填报单位 organisation,共青团东莞市委（合成）")
      .replace(
        /^441900,([^,]*),(,+)$/m,
        (_, name: string) => `441900,${name},${Array(13).fill(1).join(",")},`,
      )
      .replace(/=SUM\([A-Z]+\d+:[A-Z]+\d+\)/g, "1");
    await writeFile(dir.file("dg.csv"), text);
    const read = await readReportFile(dir.file("dg.csv"));
    expect(read.problems).toEqual([]);
    expect(read.reports[0]).toMatchObject({
      unit: "441900",
      month: "2017-03",
      counties: [{ county: "441900" }],
    });
  });

  it.each([
    [["--month", "2017-03"], "Option --unit is required"],
    [["--unit", "441499", "--month", "2017-03"], "--unit 441499 is not a reporting unit"],
    [["--unit", "441400", "--month", "March"], "--month: Cannot read the month"],
    [["--unit", "441400", "--month", "2017-03", "--format", "xls"], "--format must be xlsx | csv"],
  ])("refuses %j with a usage error (exit 2)", async (args, message) => {
    const run = await runZhucan(["template", ...args, "--lang", "en"], { cwd: dir.path });
    expect(run.code).toBe(2);
    expect(run.err[0]).toContain(message);
  });

  it("does not overwrite an existing file without --force", async () => {
    await writeFile(dir.file("keep.xlsx"), "mine");
    const run = await runZhucan(
      ["template", "--unit", "441400", "--month", "2017-03", "--out", "keep.xlsx"],
      { cwd: dir.path },
    );
    expect(run.code).toBe(2);
    expect(await readFile(dir.file("keep.xlsx"), "utf8")).toBe("mine");
    const forced = await runZhucan(
      ["template", "--unit", "441400", "--month", "2017-03", "--out", "keep.xlsx", "--force"],
      { cwd: dir.path },
    );
    expect(forced.code).toBe(0);
  });
});
