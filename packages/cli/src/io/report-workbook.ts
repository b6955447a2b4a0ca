import type ExcelJS from "exceljs";
import { loadExcelJS } from "./load-exceljs.js";
import { notesSheetName, reportSheetName, syntheticMarker } from "./report-layout.js";
import { indicatorNoteRows, reportInstructions } from "./report-notes.js";
import { type ReportSheetModel, reportSheetRows } from "./report-sheet-rows.js";

/** Options of {@link reportWorkbook}. */
export interface ReportWorkbookOptions {
  /** Blank correction rows prepared with data validation under the corrections header. Default 20. */
  readonly blankCorrectionRows?: number;
  /** The workbook's created/modified time. Default: the first day of the report's month. */
  readonly created?: Date;
}

/**
 * The defaults of {@link ReportWorkbookOptions}.
 *
 * @example
 * reportWorkbookDefaults.blankCorrectionRows //=> 20
 */
export const reportWorkbookDefaults: Required<Omit<ReportWorkbookOptions, "created">> = {
  blankCorrectionRows: 20,
};

const headerFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};
const inputFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFF9E6" },
};

const wholeNumber = (prompt: string): ExcelJS.DataValidation => ({
  type: "whole",
  operator: "greaterThanOrEqual",
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle: "数字有误 Invalid number",
  error: "请填写不小于 0 的整数 · Enter a whole number of 0 or more",
  showInputMessage: true,
  promptTitle: "累计数 Cumulative count",
  prompt,
});

/**
 * The xlsx form of a report: the report sheet (as `reportSheetRows` lays it out) with frozen
 * headers, column widths, whole-number validation (≥ 0) on every count cell, list validation of
 * the unit's county codes and of indicator ids in the corrections table, month cells formatted as
 * text (so Excel does not turn 2017-03 into a date), and a notes sheet with instructions and the
 * indicator definitions in zh-CN and en.
 *
 * @example
 * (await (await reportWorkbook(model)).xlsx.writeBuffer()).byteLength > 0 //=> true
 */
export async function reportWorkbook(
  model: ReportSheetModel,
  options: ReportWorkbookOptions = {},
): Promise<ExcelJS.Workbook> {
  const { blankCorrectionRows } = { ...reportWorkbookDefaults, ...options };
  const { rows, plan } = reportSheetRows(model);
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = "zhucan";
  const created = options.created ?? new Date(`${model.month}-01T00:00:00Z`);
  workbook.created = created;
  workbook.modified = created;

  const sheet = workbook.addWorksheet(reportSheetName, {
    views: [{ state: "frozen", xSplit: 2, ySplit: plan.subHeaderRow }],
  });
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((cell, j) => {
      if (cell !== null) row.getCell(j + 1).value = cell as ExcelJS.CellValue;
    });
  });
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 18;
  for (const column of Object.values(plan.indicatorColumns)) sheet.getColumn(column).width = 13;
  sheet.getColumn(plan.noteColumn).width = 30;
  sheet.getRow(1).font = { bold: true, size: 13 };
  if (model.synthetic) sheet.getCell(1, 3).font = { bold: true, color: { argb: "FFC00000" } };

  // Header values: inputs, the month as text.
  for (let r = 2; r < plan.tableRow - 1; r++) {
    sheet.getCell(r, 1).font = { bold: true };
    sheet.getCell(r, 2).fill = inputFill;
    sheet.getCell(r, 2).numFmt = "@";
  }
  for (const r of [
    plan.tableRow,
    plan.subHeaderRow,
    plan.correctionsRow + 1,
    plan.correctionsRow + 2,
  ]) {
    sheet.getRow(r).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = headerFill;
      cell.alignment = { wrapText: true, vertical: "middle" };
    });
  }
  sheet.getCell(plan.correctionsRow, 1).font = { bold: true };

  const countyCodes = model.counties.map((c) => c.county);
  for (let r = plan.firstCountyRow; r < plan.totalRow; r++) {
    for (const [id, column] of Object.entries(plan.indicatorColumns)) {
      const cell = sheet.getCell(r, column);
      cell.numFmt = "0";
      cell.fill = inputFill;
      cell.dataValidation = wholeNumber(`${id}：截至当月月底 · to the end of the month`);
    }
    sheet.getCell(r, 1).numFmt = "@";
  }
  sheet.getRow(plan.totalRow).font = { bold: true };

  const notes = workbook.addWorksheet(notesSheetName);
  const firstIndicatorNoteRow = writeNotes(notes, model.synthetic);
  const lastIndicatorNoteRow = firstIndicatorNoteRow + indicatorNoteRows().length - 1;
  const indicatorList = `'${notesSheetName}'!$A$${firstIndicatorNoteRow}:$A$${lastIndicatorNoteRow}`;

  const lastCorrectionRow =
    plan.firstCorrectionRow + model.corrections.length + blankCorrectionRows - 1;
  for (let r = plan.firstCorrectionRow; r <= lastCorrectionRow; r++) {
    sheet.getCell(r, 1).numFmt = "@";
    sheet.getCell(r, 2).numFmt = "@";
    if (countyCodes.length > 0 && countyCodes.join(",").length <= 250) {
      sheet.getCell(r, 2).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${countyCodes.join(",")}"`],
        showErrorMessage: true,
        error: "请选择本单位的县区代码 · Choose a county code of this unit",
      };
    }
    sheet.getCell(r, 3).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [indicatorList],
      showErrorMessage: true,
      error: "请选择指标代码 · Choose an indicator id",
    };
    sheet.getCell(r, 4).dataValidation = wholeNumber(
      "更正后的累计数 · the restated cumulative count",
    );
    for (let c = 1; c <= 5; c++) sheet.getCell(r, c).fill = inputFill;
  }
  return workbook;
}

// Writes the instructions and the indicator table; returns the first row of indicator ids.
function writeNotes(notes: ExcelJS.Worksheet, synthetic: boolean): number {
  notes.getColumn(1).width = 26;
  notes.getColumn(2).width = 60;
  notes.getColumn(3).width = 60;
  let r = 1;
  notes.getCell(r, 1).value = "填表说明 Instructions";
  notes.getCell(r, 1).font = { bold: true, size: 13 };
  if (synthetic) {
    notes.getCell(r, 2).value =
      `${syntheticMarker}：本文件为示例数据，并非真实报表 · sample data, not a real report`;
    notes.getCell(r, 2).font = { bold: true, color: { argb: "FFC00000" } };
  }
  r += 1;
  for (const line of reportInstructions) {
    notes.getCell(r, 1).value = `${r - 1}.`;
    notes.getCell(r, 2).value = line["zh-CN"];
    notes.getCell(r, 3).value = line.en;
    notes.getRow(r).alignment = { wrapText: true, vertical: "top" };
    r += 1;
  }
  r += 1;
  const header = ["指标代码 indicator", "名称", "Name", "定义", "Definition"];
  header.forEach((h, i) => {
    const cell = notes.getCell(r, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = headerFill;
  });
  notes.getColumn(4).width = 50;
  notes.getColumn(5).width = 50;
  r += 1;
  const first = r;
  for (const row of indicatorNoteRows()) {
    row.forEach((text, i) => {
      notes.getCell(r, i + 1).value = text;
    });
    notes.getRow(r).alignment = { wrapText: true, vertical: "top" };
    r += 1;
  }
  return first;
}
