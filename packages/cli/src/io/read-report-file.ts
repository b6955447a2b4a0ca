import { extname } from "node:path";
import type { MonthlyReport } from "@zhucan/domain";
import type { CellGrid } from "./cell-grid.js";
import { csvGrid } from "./csv-grid.js";
import { decodeText } from "./decode-text.js";
import { type InspectInputFileOptions, readInputFile } from "./inspect-input-file.js";
import type { LocatedProblem } from "./located-problem.js";
import type { LocatedReport } from "./located-report.js";
import { type ParseReportGridOptions, parseReportGrid } from "./parse-report-grid.js";
import { matchesLabel, notesSheetName, reportSheetName } from "./report-layout.js";
import { readXlsxFast, readXlsxSheetFast } from "./xlsx-fast/read-xlsx-fast.js";
import { loadWorkbook, worksheetGrid } from "./xlsx-grid.js";

/** Options of {@link readReportFile}. */
export interface ReadReportOptions extends InspectInputFileOptions, ParseReportGridOptions {
  /** The name problems give the file (e.g. the path as the user typed it). Default: `path`. */
  readonly displayName?: string;
  /**
   * **DECISION**: which parts of an xlsx workbook the fast reader reads and checks.
   * `"report-sheet"`: only those the report sheet's values depend on (`readXlsxSheetFast`), so
   * a workbook damaged only elsewhere (the notes sheet, the theme…) is read, with exactly the
   * values its report sheet holds. `"workbook"`: every part exceljs parses, so such a workbook
   * goes to exceljs, which finds it file-corrupt. Default `"report-sheet"` (half the time).
   */
  readonly xlsxParts?: "report-sheet" | "workbook";
}

/**
 * The defaults of {@link ReadReportOptions} that are decisions of its own.
 *
 * @example
 * readReportFileDefaults.xlsxParts //=> "report-sheet"
 */
export const readReportFileDefaults: Required<Pick<ReadReportOptions, "xlsxParts">> = {
  xlsxParts: "report-sheet",
};

/** What {@link readReportFile} found. */
export interface ReadReportResult {
  /** The reports read, only from files without problems (one report per file). */
  readonly reports: MonthlyReport[];
  /** The same reports with where their parts were found, for `validateReports`. */
  readonly located: LocatedReport[];
  readonly problems: LocatedProblem[];
}

/**
 * Reads a monthly report file, xlsx or CSV (UTF-8 with or without BOM, UTF-16 with BOM, or
 * GBK/GB18030 as Chinese Excel saves it; comma, tab or semicolon separated), laid out as the
 * template (`report-layout.ts`). Never throws for a bad file: a missing, empty, too large
 * (checked before reading), encrypted, damaged or wrongly laid out file gives problems naming
 * the file and, where it applies, the sheet, row and column. The kind is read from the file's
 * first bytes, not its name.
 *
 * @example
 * const { reports, problems } = await readReportFile("meizhou-2017-03.xlsx");
 * reports[0]?.unit //=> "441400"
 * problems //=> []
 */
export async function readReportFile(
  path: string,
  options: ReadReportOptions = {},
): Promise<ReadReportResult> {
  const file = options.displayName ?? path;
  const failed = (problem: LocatedProblem): ReadReportResult => ({
    reports: [],
    located: [],
    problems: [problem],
  });
  const read = await readInputFile(path, file, options);
  if (!read.ok) return failed(read.problem);
  const { bytes } = read;
  const xlsxParts = options.xlsxParts ?? readReportFileDefaults.xlsxParts;
  const grid =
    read.kind === "xlsx" ? await xlsxReportGrid(bytes, xlsxParts) : textReportGrid(bytes, path);
  if (!grid.ok) return failed({ file, code: grid.code, message: grid.message });
  const { located, problems } = parseReportGrid(grid.grid, file, options);
  return {
    reports: located ? [located.report] : [],
    located: located ? [located] : [],
    problems,
  };
}

type GridReading =
  | { ok: true; grid: CellGrid }
  | { ok: false; code: string; message: { "zh-CN": string; en: string } };

const corrupt: GridReading = {
  ok: false,
  code: "file-corrupt",
  message: {
    "zh-CN": "无法作为 xlsx 工作簿打开：文件已损坏、不完整，或不是 Excel 文件",
    en: "Cannot open it as an xlsx workbook: the file is damaged, incomplete, or not an Excel file",
  },
};

// The fast reader reads the report sheet of the workbooks it is sure to read as exceljs does
// (every workbook the CLI writes, and others without the features it leaves alone), and only
// the parts that sheet's values depend on (a DECISION: xlsx-fast/read-xlsx-fast.ts,
// readXlsxSheetFast); exceljs reads the rest, and says which files are corrupt.
async function xlsxReportGrid(
  bytes: Uint8Array,
  parts: "report-sheet" | "workbook",
): Promise<GridReading> {
  const fast = parts === "report-sheet" ? readXlsxSheetFast(bytes, reportSheet) : undefined;
  if (fast !== undefined && fast !== "unsupported") return { ok: true, grid: fast.grid };
  const sheets = parts === "workbook" ? readXlsxFast(bytes) : "unsupported";
  if (sheets !== "unsupported") {
    const sheet = reportSheet(sheets);
    return sheet ? { ok: true, grid: sheet.grid() } : corrupt;
  }
  try {
    const workbook = await loadWorkbook(bytes);
    if (!workbook) return corrupt;
    const sheet = reportSheet(workbook.worksheets);
    return sheet ? { ok: true, grid: worksheetGrid(sheet) } : corrupt;
  } catch {
    return corrupt;
  }
}

// The report sheet: the visible one named as the template names it, else the first visible one
// that is not the notes sheet, else the first.
function reportSheet<T extends { readonly name: string; readonly state: string }>(
  sheets: readonly T[],
): T | undefined {
  const visible = sheets.filter((s) => s.state !== "hidden" && s.state !== "veryHidden");
  const reportLabel = { "zh-CN": reportSheetName.split(" ")[0] as string, en: "report" };
  return (
    visible.find((s) => matchesLabel(s.name, reportLabel)) ??
    visible.find((s) => s.name !== notesSheetName) ??
    sheets[0]
  );
}

function textReportGrid(bytes: Uint8Array, path: string): GridReading {
  if (extname(path).toLowerCase() === ".xlsx") return corrupt;
  const { text } = decodeText(bytes);
  if (text.includes("\u0000")) {
    return {
      ok: false,
      code: "file-not-text",
      message: {
        "zh-CN": "文件既不是 xlsx 也不是 CSV 文本",
        en: "The file is neither an xlsx workbook nor CSV text",
      },
    };
  }
  try {
    return { ok: true, grid: csvGrid(text) };
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const where = typeof line === "number" ? line : undefined;
    return {
      ok: false,
      code: "csv-malformed",
      message: {
        "zh-CN": `CSV 格式有误${where ? `（约第 ${where} 行）` : ""}：可能有未配对的引号`,
        en: `The CSV is malformed${where ? ` (near line ${where})` : ""}: perhaps an unmatched quote`,
      },
    };
  }
}
