import type { ReportCorrection } from "@zhucan/domain";
import { type CellGrid, cellAt, cellText, isBlankRow } from "./cell-grid.js";
import { type CellReading, readCount, readRegionCode, readText } from "./cell-values.js";
import { HeaderMemo } from "./header-memo.js";
import { columnLetter } from "./located-problem.js";
import type { ProblemSink } from "./parse-report-grid.js";
import { readMonthCell } from "./read-month-cell.js";
import { indicatorForHeader } from "./report-columns.js";
import { correctionColumns, matchesLabel } from "./report-layout.js";

type CorrectionKey = (typeof correctionColumns)[number]["key"];

/**
 * Reads the corrections table that starts at the "更正 corrections" row: one or two header rows
 * (Chinese, English) naming the columns month, county, indicator, value, reason, then one
 * restated figure per row until the end of the sheet; blank rows are skipped. The indicator may
 * be its id or its Chinese name.
 *
 * @example
 * readCorrectionsTable(grid, 20, add).corrections[0]
 * //=> { month: "2017-02", county: "441402", indicator: "youths-paired", value: 3, reason: "重复登记" }
 */
export function readCorrectionsTable(
  grid: CellGrid,
  markerRow: number,
  add: ProblemSink,
): {
  corrections: ReportCorrection[];
  rows: number[];
  columns: Partial<Record<CorrectionKey, string>>;
} {
  const monthLabel = correctionColumns[0]?.label ?? { "zh-CN": "月份", en: "month" };
  const headerRows: number[] = [];
  for (let r = markerRow + 1; r <= markerRow + 2; r++) {
    if (matchesLabel(cellText(cellAt(grid, r, 1)), monthLabel)) headerRows.push(r);
  }
  const corrections: ReportCorrection[] = [];
  const rows: number[] = [];
  if (headerRows.length === 0) {
    add(
      "corrections-header-missing",
      {
        "zh-CN": "“更正”下面缺少表头行（月份、县区代码、指标、更正值、原因）",
        en: 'The "corrections" row is not followed by its header (month, county, indicator, value, reason)',
      },
      markerRow,
      1,
    );
    return { corrections, rows, columns: {} };
  }
  const width = Math.max(...headerRows.map((r) => grid.rows[r - 1]?.length ?? 0));
  const columns = correctionColumnsOf(grid, headerRows, width);
  const missing = correctionColumns.filter((k) => !columns.has(k.key));
  for (const k of missing) {
    add(
      "corrections-column-missing",
      {
        "zh-CN": `更正表缺少“${k.label["zh-CN"]}”一列`,
        en: `The corrections table has no "${k.label.en}" column`,
      },
      headerRows[0],
      1,
    );
  }
  if (missing.length > 0) return { corrections, rows, columns: {} };
  const col = (key: CorrectionKey) => columns.get(key) as number;

  for (let r = (headerRows.at(-1) as number) + 1; r <= grid.rows.length; r++) {
    if (isBlankRow(grid, r)) continue;
    let ok = true;
    const read = <T>(key: CorrectionKey, reading: CellReading<T>) => {
      if (reading.ok) return reading.value;
      ok = false;
      add(reading.code, reading.message, r, col(key));
      return undefined;
    };
    const month = read("month", readMonthCell(cellAt(grid, r, col("month"))));
    const county = read("county", readRegionCode(cellAt(grid, r, col("county"))));
    const indicatorText = cellText(cellAt(grid, r, col("indicator")));
    const indicator = indicatorForHeader(indicatorText);
    if (!indicator) {
      ok = false;
      add(
        "indicator-unknown",
        {
          "zh-CN": `不认识的指标“${indicatorText}”：请填写指标代码，如 youths-paired`,
          en: `Unknown indicator "${indicatorText}": write its id, e.g. youths-paired`,
        },
        r,
        col("indicator"),
      );
    }
    const value = read("value", readCount(cellAt(grid, r, col("value"))));
    const reason = read("reason", readText(cellAt(grid, r, col("reason")), 500));
    if (reason === "") {
      ok = false;
      add(
        "correction-reason-missing",
        {
          "zh-CN": "每项更正都要写明原因",
          en: "Every correction needs a reason",
        },
        r,
        col("reason"),
      );
    }
    if (ok && month && county && indicator && value !== undefined && reason) {
      corrections.push({ month, county, indicator, value, reason });
      rows.push(r);
    }
  }
  const letters = Object.fromEntries([...columns].map(([k, c]) => [k, columnLetter(c)]));
  return { corrections, rows, columns: letters };
}

// The columns found, by the header rows' texts.
const columnsByHeader = new HeaderMemo<ReadonlyMap<CorrectionKey, number>>();

// Each field's column: the first, left to right, whose header (in either header row) names it.
function correctionColumnsOf(
  grid: CellGrid,
  headerRows: readonly number[],
  width: number,
): ReadonlyMap<CorrectionKey, number> {
  const texts: string[][] = [];
  for (let c = 1; c <= width; c++) texts.push(headerRows.map((r) => cellText(cellAt(grid, r, c))));
  const known = columnsByHeader.get(texts);
  if (known) return known;
  const columns = new Map<CorrectionKey, number>();
  texts.forEach((headers, i) => {
    for (const text of headers) {
      const column = correctionColumns.find((k) => matchesLabel(text, k.label));
      if (column && !columns.has(column.key)) columns.set(column.key, i + 1);
    }
  });
  columnsByHeader.set(texts, columns);
  return columns;
}
