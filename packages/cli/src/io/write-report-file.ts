import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import {
  getDivision,
  getReportingUnit,
  type LocalizedText,
  type MonthlyReport,
  unitCounties,
} from "@zhucan/domain";
import { reportCsvText } from "./report-csv.js";
import { type ReportSheetModel, reportSheetRows } from "./report-sheet-rows.js";
import { type ReportWorkbookOptions, reportWorkbook } from "./report-workbook.js";

/**
 * The file formats of a report.
 *
 * @example
 * reportFormats //=> ["xlsx", "csv"]
 */
export const reportFormats = ["xlsx", "csv"] as const;
/** One of {@link reportFormats}. */
export type ReportFormat = (typeof reportFormats)[number];

/** Options of {@link writeReportFile} and {@link writeReportTemplate}. */
export interface WriteReportOptions extends ReportWorkbookOptions {
  /** Mark the file as synthetic sample data ("合成数据 synthetic" in its title row). Default false. */
  readonly synthetic?: boolean;
}

function displayName(name: LocalizedText | undefined, code: string): string {
  if (!name) return code;
  return name.en && name.en !== name["zh-CN"] ? `${name["zh-CN"]} ${name.en}` : name["zh-CN"];
}

/**
 * The sheet model of a report: what `writeReportFile` writes, with names for people beside
 * the codes.
 *
 * @example
 * reportSheetModel(report, { synthetic: true }).synthetic //=> true
 */
export function reportSheetModel(
  report: MonthlyReport,
  options: WriteReportOptions = {},
): ReportSheetModel {
  return {
    unit: report.unit,
    unitName: displayName(getReportingUnit(report.unit)?.name, report.unit),
    month: report.month,
    receivedAt: report.receivedAt,
    filledBy: report.filledBy,
    ...(report.note !== undefined && { note: report.note }),
    counties: report.counties.map((c) => ({
      county: c.county,
      name: displayName(getDivision(c.county)?.name, c.county),
      counts: c.counts,
      ...(c.note !== undefined && { note: c.note }),
    })),
    corrections: report.corrections,
    synthetic: options.synthetic ?? false,
  };
}

/**
 * The sheet model of a blank template: the unit's county-level units pre-filled, counts blank.
 *
 * @throws {RangeError} when `unit` is not a reporting unit (the command checks it first).
 * @example
 * reportTemplateModel("441400", "2017-03").counties.map((c) => c.county).slice(0, 2)
 * //=> ["441402", "441403"]
 */
export function reportTemplateModel(
  unit: string,
  month: string,
  options: WriteReportOptions = {},
): ReportSheetModel {
  const reportingUnit = getReportingUnit(unit);
  if (!reportingUnit) throw new RangeError(`${unit} is not a reporting unit`);
  return {
    unit,
    unitName: displayName(reportingUnit.name, unit),
    month,
    receivedAt: null,
    filledBy: { organisation: "" },
    counties: unitCounties(unit).map((c) => ({
      county: c.code,
      name: displayName(c.name, c.code),
      counts: null,
    })),
    corrections: [],
    synthetic: options.synthetic ?? false,
  };
}

/**
 * The bytes of a report file in a format. A template's CSV keeps the total row's `SUM`
 * formulas (Excel computes them on opening); a report's CSV has the figures.
 *
 * @example
 * (await reportFileBytes(reportTemplateModel("441400", "2017-03"), "csv"))[0] //=> 0xef (BOM)
 */
export async function reportFileBytes(
  model: ReportSheetModel,
  format: ReportFormat,
  options: WriteReportOptions = {},
): Promise<Uint8Array> {
  if (format === "csv") {
    const template = model.counties.some((c) => c.counts === null);
    return new TextEncoder().encode(
      reportCsvText(reportSheetRows(model).rows, { formulas: template }),
    );
  }
  const buffer = await (await reportWorkbook(model, options)).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * Writes a report as an xlsx or CSV file in the template's layout, which `readReportFile`
 * reads back to the same report. Writes to a temporary file beside `path` and renames it, so
 * a failure never leaves a half-written file. Creates the folder if needed.
 *
 * @example
 * await writeReportFile(report, "out/meizhou-2017-03.xlsx", "xlsx", { synthetic: true })
 * (await readReportFile("out/meizhou-2017-03.xlsx")).reports[0] //=> report
 */
export async function writeReportFile(
  report: MonthlyReport,
  path: string,
  format: ReportFormat,
  options: WriteReportOptions = {},
): Promise<void> {
  await writeAtomically(
    path,
    await reportFileBytes(reportSheetModel(report, options), format, options),
  );
}

/**
 * Writes a blank monthly report template for a unit and month: its county-level units
 * pre-filled, Chinese headers with English sub-headers, a 合计 total row with formulas, and
 * for xlsx data validation, frozen headers and a notes sheet in zh-CN and en.
 *
 * @throws {RangeError} when `unit` is not a reporting unit.
 * @example
 * await writeReportTemplate("441400", "2017-03", "xlsx", "meizhou-2017-03.xlsx")
 */
export async function writeReportTemplate(
  unit: string,
  month: string,
  format: ReportFormat,
  path: string,
  options: WriteReportOptions = {},
): Promise<void> {
  const model = reportTemplateModel(unit, month, options);
  await writeAtomically(path, await reportFileBytes(model, format, options));
}

/**
 * Writes bytes to a temporary file beside `path`, then renames it into place.
 *
 * @example
 * await writeAtomically("out/feed.json", bytes)
 */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
