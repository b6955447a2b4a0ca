import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/io/write-report-file.js";
import { runZhucan } from "../support/run-zhucan.js";
import { syntheticReport } from "../support/synthetic-reports.js";
import { useTempDir } from "../support/temp-dir.js";

// SYNTHETIC report files only.
const dir = useTempDir("validate");

describe("zhucan validate", () => {
  it("says clean files are clean and exits 0", async () => {
    await mkdir(dir.file("clean"), { recursive: true });
    await writeReportFile(
      syntheticReport("441400", "2017-02"),
      dir.file("clean/meizhou-2017-02.xlsx"),
      "xlsx",
    );
    await writeReportFile(
      syntheticReport("441400", "2017-03"),
      dir.file("clean/meizhou-2017-03.csv"),
      "csv",
    );
    const run = await runZhucan(["validate", "clean", "--lang", "en"], { cwd: dir.path });
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      `✓ ${join("clean", "meizhou-2017-02.xlsx")}: no problems found (441400, 2017-02)`,
      `✓ ${join("clean", "meizhou-2017-03.csv")}: no problems found (441400, 2017-03)`,
      "Checked 2 files: all clean.",
    ]);
  });

  it("prints every problem with file, sheet, row, column, code and message, and exits 1", async () => {
    const report = syntheticReport("441400", "2017-03");
    const bad = {
      ...report,
      counties: [
        ...report.counties,
        { ...(report.counties[0] as (typeof report.counties)[number]), county: "440104" },
      ],
    };
    await writeReportFile(bad, dir.file("wrong-county.xlsx"), "xlsx");
    await writeFile(dir.file("empty.csv"), "");
    const run = await runZhucan(["validate", "wrong-county.xlsx", "empty.csv", "--lang", "en"], {
      cwd: dir.path,
    });
    expect(run.code).toBe(1);
    expect(run.out).toContain("empty.csv · file-empty: The file is empty");
    expect(run.out.find((l) => l.includes("county-not-in-unit"))).toMatch(
      /^wrong-county\.xlsx · sheet "月报 report" · row 20 · column A · county-not-in-unit: 440104 .* is not in Meizhou/,
    );
    expect(run.out.at(-1)).toBe("Checked 2 files: 0 clean, 2 with 2 problems.");
  });

  it("finds the same unit and month in two files", async () => {
    await mkdir(dir.file("twice"), { recursive: true });
    await writeReportFile(syntheticReport(), dir.file("twice/a.xlsx"), "xlsx");
    await writeReportFile(syntheticReport(), dir.file("twice/b.csv"), "csv");
    const run = await runZhucan(["validate", "twice"], { cwd: dir.path });
    expect(run.code).toBe(1);
    expect(run.out.join("\n")).toContain("duplicate-report");
  });

  it("prints problems as JSON with --json", async () => {
    await writeFile(dir.file("empty2.csv"), "");
    const run = await runZhucan(["validate", "empty2.csv", "--json"], { cwd: dir.path });
    expect(JSON.parse(run.out.join("\n"))).toEqual([
      {
        file: "empty2.csv",
        code: "file-empty",
        message: { "zh-CN": "文件是空的", en: "The file is empty" },
      },
    ]);
  });

  it("needs at least one file (usage error)", async () => {
    expect((await runZhucan(["validate"])).code).toBe(2);
  });
});
