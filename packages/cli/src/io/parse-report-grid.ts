import { isMonthlyReport, type LocalizedText, MonthlyReport } from "@zhucan/domain";
import { type CellGrid, cellAt, cellText, isBlankRow, rangeAddress } from "./cell-grid.js";
import { type CellReading, readRegionCode, readText } from "./cell-values.js";
import { columnLetter, type LocatedProblem } from "./located-problem.js";
import type { LocatedReport } from "./located-report.js";
import { readCorrectionsTable } from "./read-corrections-table.js";
import { readCountyTable } from "./read-county-table.js";
import { readMonthCell } from "./read-month-cell.js";
import { readReceivedAtCell } from "./read-received-at-cell.js";
import {
  correctionsLabel,
  countyTableLabels,
  matchesLabel,
  type ReportHeaderField,
  reportHeaderFields,
} from "./report-layout.js";

/** Options of {@link parseReportGrid}. */
export interface ParseReportGridOptions {
  /**
   * **DECISION**: the template has a 合计 total row under the county rows, so that the figure a
   * city signs off is checked against its counties; a file without one is refused. Set to
   * `false` to accept files without a total row (a present one is still checked).
   */
  readonly requireTotalRow?: boolean;
}

/**
 * The defaults of {@link ParseReportGridOptions}.
 *
 * @example
 * parseReportGridDefaults.requireTotalRow //=> true
 */
export const parseReportGridDefaults: Required<ParseReportGridOptions> = { requireTotalRow: true };

/** A function that records a problem at a 1-based row and column of the grid. */
export type ProblemSink = (
  code: string,
  message: LocalizedText,
  row?: number,
  column?: number,
) => void;

/**
 * Reads a monthly report from a sheet laid out as `report-layout.ts` describes. Returns the
 * report only when the whole file read cleanly (**DECISION**: a file with any problem yields
 * no report, so that no partial report can ever be aggregated), with where each part was found,
 * and every problem found with its row and column.
 *
 * @example
 * parseReportGrid(csvGrid(text), "meizhou-2017-03.csv").located?.report.month //=> "2017-03"
 */
export function parseReportGrid(
  grid: CellGrid,
  file: string,
  options: ParseReportGridOptions = {},
): { located?: LocatedReport; problems: LocatedProblem[] } {
  const { requireTotalRow } = { ...parseReportGridDefaults, ...options };
  const problems: LocatedProblem[] = [];
  const hidden = new Set<string>();
  const add: ProblemSink = (code, message, row, column) => {
    if (row !== undefined && column !== undefined && hidden.has(`${row}:${column}`)) return;
    problems.push({
      file,
      ...(grid.sheet !== undefined && { sheet: grid.sheet }),
      ...(row !== undefined && { row }),
      ...(column !== undefined && { column: columnLetter(column) }),
      code,
      message,
    });
  };
  const lastRow = grid.rows.length;
  const columnA = (row: number) => cellText(cellAt(grid, row, 1));

  if (!Array.from({ length: lastRow }, (_, i) => i + 1).some((r) => !isBlankRow(grid, r))) {
    add("file-empty", { "zh-CN": "文件中没有任何内容", en: "The file has no content" });
    return { problems };
  }

  let tableRow: number | undefined;
  let correctionsRow: number | undefined;
  for (let r = 1; r <= lastRow; r++) {
    if (tableRow === undefined && matchesLabel(columnA(r), countyTableLabels.county)) tableRow = r;
    if (correctionsRow === undefined && matchesLabel(columnA(r), correctionsLabel))
      correctionsRow = r;
  }
  const fieldRows = new Map<ReportHeaderField["key"], number>();
  for (let r = 1; r <= (tableRow ?? lastRow + 1) - 1; r++) {
    const field = reportHeaderFields.find((f) => matchesLabel(columnA(r), f.label));
    if (!field) continue;
    if (fieldRows.has(field.key)) {
      add(
        "header-field-duplicate",
        {
          "zh-CN": `“${field.label["zh-CN"]}”出现了两次`,
          en: `"${field.label.en}" appears twice`,
        },
        r,
        1,
      );
    } else fieldRows.set(field.key, r);
  }
  if (tableRow === undefined && fieldRows.size === 0) {
    add("not-a-report", {
      "zh-CN":
        "这不像是月报文件：找不到“报送单位代码”和“县区代码”。请用 zhucan template 生成模板后填写",
      en: 'This does not look like a monthly report: no "unit" field and no "county" table. Fill in a template from zhucan template',
    });
    return { problems };
  }

  // Merged cells hide every value but the top-left one: allowed only in the title rows.
  const firstLayoutRow = Math.min(tableRow ?? lastRow, ...fieldRows.values());
  for (const merge of grid.merges) {
    if (merge.bottom < firstLayoutRow) continue;
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if (r !== merge.top || c !== merge.left) hidden.add(`${r}:${c}`);
      }
    }
    const range = rangeAddress(merge);
    add(
      "merged-cells",
      {
        "zh-CN": `单元格 ${range} 被合并了：合并后只有左上角的单元格有值。请取消合并，在每个单元格中分别填写`,
        en: `Cells ${range} are merged, so only the top-left one has a value: unmerge them and fill in every cell`,
      },
      merge.top,
      merge.left,
    );
  }

  const header = readHeader(grid, fieldRows, add);
  const table =
    tableRow === undefined
      ? undefined
      : readCountyTable(grid, tableRow, correctionsRow ?? lastRow + 1, requireTotalRow, add);
  if (tableRow === undefined) {
    add("county-table-missing", {
      "zh-CN": "找不到县区表（第一列为“县区代码”的表头行）",
      en: 'No county table (a header row whose first cell is "county")',
    });
  }
  const corrections =
    correctionsRow === undefined
      ? { corrections: [], rows: [], columns: {} }
      : readCorrectionsTable(grid, correctionsRow, add);

  if (problems.length > 0 || !header || !table) return { problems };
  const candidate = {
    ...header.report,
    counties: table.counties,
    corrections: corrections.corrections,
  };
  // Checked once, by the schema's equal (`isMonthlyReport`, a tenth of its cost per report);
  // the schema itself is asked only for the problems of a report that fails.
  const parsed = isMonthlyReport(candidate)
    ? { success: true as const, data: candidate }
    : MonthlyReport.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      add("report-invalid", {
        "zh-CN": `报表内容不符合要求：${issue.path.join(".")} ${issue.message}`,
        en: `The report does not fit the schema: ${issue.path.join(".")} ${issue.message}`,
      });
    }
    return { problems };
  }
  return {
    located: {
      report: parsed.data,
      source: {
        file,
        ...(grid.sheet !== undefined && { sheet: grid.sheet }),
        fieldRows: header.rows,
        countyRows: table.rows,
        indicatorColumns: table.indicatorColumns,
        correctionRows: corrections.rows,
        correctionColumns: corrections.columns,
        ...(table.total && { total: table.total }),
      },
    },
    problems,
  };
}

function readHeader(
  grid: CellGrid,
  fieldRows: ReadonlyMap<ReportHeaderField["key"], number>,
  add: ProblemSink,
) {
  let ok = true;
  const value = <T>(key: ReportHeaderField["key"], read: (row: number) => CellReading<T>) => {
    const field = reportHeaderFields.find((f) => f.key === key) as ReportHeaderField;
    const row = fieldRows.get(key);
    if (row === undefined) {
      if (field.required) {
        ok = false;
        add("header-field-missing", {
          "zh-CN": `缺少“${field.label["zh-CN"]}”一行（第一列写“${field.label["zh-CN"]} ${field.label.en}”，第二列写值）`,
          en: `The "${field.label.en}" row is missing (first cell "${field.label["zh-CN"]} ${field.label.en}", value in the second)`,
        });
      }
      return undefined;
    }
    const reading = read(row);
    if (!reading.ok) {
      ok = false;
      add(reading.code, reading.message, row, 2);
      return undefined;
    }
    return reading.value;
  };
  const cell = (row: number) => cellAt(grid, row, 2);
  const unit = value("unit", (r) => readRegionCode(cell(r)));
  const month = value("month", (r) => readMonthCell(cell(r)));
  const organisation = value("organisation", (r) => readText(cell(r), 200));
  const name = value("name", (r) => readText(cell(r), 100));
  const contact = value("contact", (r) => readText(cell(r), 200));
  const receivedAt = value("receivedAt", (r) => readReceivedAtCell(cell(r)));
  const note = value("note", (r) => readText(cell(r), 500));
  if (organisation === "" && fieldRows.has("organisation")) {
    ok = false;
    add(
      "organisation-missing",
      { "zh-CN": "缺少填报单位", en: "The filing organisation is missing" },
      fieldRows.get("organisation"),
      2,
    );
  }
  if (!ok || unit === undefined || month === undefined || organisation === undefined)
    return undefined;
  return {
    report: {
      unit,
      month,
      receivedAt: receivedAt ?? null,
      filledBy: { organisation, ...(name && { name }), ...(contact && { contact }) },
      ...(note && { note }),
    },
    rows: {
      unit: fieldRows.get("unit"),
      month: fieldRows.get("month"),
      ...(fieldRows.has("receivedAt") && { receivedAt: fieldRows.get("receivedAt") }),
    },
  };
}
