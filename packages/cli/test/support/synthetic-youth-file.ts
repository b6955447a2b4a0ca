import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

// SYNTHETIC one-to-one service files for tests only: every name ends in （合成）, every ID number
// is generated (see synthetic-ids.ts) and belongs to no one.

/** One row as written in the file (cells as text, or a number to imitate Excel's mistakes). */
export interface SyntheticYouthRow {
  readonly name: string;
  readonly residentId: string | number;
  readonly certificate: string;
  readonly county: string;
  readonly poor: string;
  readonly needs: string;
}

export const youthFileHeader = [
  "姓名",
  "身份证号",
  "残疾人证号",
  "县区代码",
  "建档立卡贫困户",
  "需求",
];

function cells(row: SyntheticYouthRow): (string | number)[] {
  return [row.name, row.residentId, row.certificate, row.county, row.poor, row.needs];
}

/** Writes the rows as xlsx (with a "合成数据 synthetic" title row) or CSV (UTF-8 BOM, or GBK). */
export async function writeSyntheticYouthFile(
  path: string,
  rows: readonly SyntheticYouthRow[],
  format: "xlsx" | "csv" | "csv-gbk",
): Promise<void> {
  if (format === "xlsx") {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("档案");
    sheet.addRow(["合成数据 synthetic — 测试用一对一服务档案"]);
    sheet.addRow(youthFileHeader);
    for (const row of rows) sheet.addRow(cells(row));
    await workbook.xlsx.writeFile(path);
    return;
  }
  const text = [youthFileHeader, ...rows.map(cells)]
    .map((r) =>
      r
        .map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : String(c)))
        .join(","),
    )
    .join("\r\n");
  await writeFile(
    path,
    format === "csv" ? `\uFEFF${text}\r\n` : iconv.encode(`${text}\r\n`, "gbk"),
  );
}
