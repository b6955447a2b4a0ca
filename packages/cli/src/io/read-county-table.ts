import { type ReportedIndicatorId, reportedIndicatorIds } from "@zhucan/domain";
import { type CellGrid, cellAt, cellText, isBlankRow } from "./cell-grid.js";
import { readCount, readRegionCode, readText } from "./cell-values.js";
import { HeaderMemo } from "./header-memo.js";
import { columnLetter } from "./located-problem.js";
import type { ProblemSink } from "./parse-report-grid.js";
import { type CountyTableColumn, countyTableColumnFor, sameColumn } from "./report-columns.js";
import { countyTableLabels, matchesLabel, totalRowLabel } from "./report-layout.js";

type Counts = Record<ReportedIndicatorId, number>;

/**
 * Reads the county table that starts at the "县区代码 county" header row (with the English
 * sub-header row under it when present): columns mapped by their headers, one row per county up
 * to the 合计 total row (blank rows skipped), the total row's figures kept for checking.
 * `undefined` when any cell could not be read (every problem is recorded with `add`).
 *
 * @example
 * readCountyTable(grid, 10, 23, true, add)?.counties[0]?.county //=> "441402"
 */
export function readCountyTable(
  grid: CellGrid,
  tableRow: number,
  endRow: number,
  requireTotalRow: boolean,
  add: ProblemSink,
) {
  const headerRows = matchesLabel(cellText(cellAt(grid, tableRow + 1, 1)), countyTableLabels.county)
    ? [tableRow, tableRow + 1]
    : [tableRow];
  const columns = mapColumns(grid, headerRows, add);
  // The columns read on every row, found once.
  const indicatorCells: [column: number, id: ReportedIndicatorId][] = [];
  let noteColumn: number | undefined;
  for (const [column, role] of columns) {
    if (role.kind === "indicator") indicatorCells.push([column, role.id]);
    else if (role.kind === "note") noteColumn ??= column;
  }
  const present = new Set(indicatorCells.map(([, id]) => id));
  const missing = reportedIndicatorIds.filter((id) => !present.has(id));
  for (const id of missing) {
    add(
      "indicator-column-missing",
      {
        "zh-CN": `县区表缺少指标“${id}”的一列`,
        en: `The county table has no column for the indicator "${id}"`,
      },
      tableRow,
    );
  }
  let ok = missing.length === 0;
  const counties: { county: string; counts: Counts; note?: string }[] = [];
  const rows: number[] = [];
  let total: { row: number; counts: Partial<Counts> } | undefined;
  const readRowCounts = (row: number) => {
    const counts: Partial<Counts> = {};
    // Indexed, not destructured: a destructured pair costs an iterator until the engine compiles
    // this, and every county row of every report goes through it.
    for (let k = 0; k < indicatorCells.length; k++) {
      const cell = indicatorCells[k] as [number, ReportedIndicatorId];
      const column = cell[0];
      const id = cell[1];
      const reading = readCount(cellAt(grid, row, column));
      if (reading.ok) counts[id] = reading.value;
      else {
        ok = false;
        add(reading.code, reading.message, row, column);
      }
    }
    return counts;
  };
  const lastHeaderRow = headerRows[headerRows.length - 1] ?? tableRow;
  for (let r = lastHeaderRow + 1; r < endRow; r++) {
    if (isBlankRow(grid, r)) continue;
    const first = cellText(cellAt(grid, r, 1));
    const second = cellText(cellAt(grid, r, 2));
    if (total) {
      ok = false;
      add(
        "row-outside-table",
        {
          "zh-CN":
            "合计行下面的内容不会被读取：县区行请放在合计行之上，更正请写在“更正 corrections”表中",
          en: 'Rows under the total row are not read: put county rows above it and corrections in the "corrections" table',
        },
        r,
        1,
      );
      continue;
    }
    if (matchesLabel(first, totalRowLabel) || matchesLabel(second, totalRowLabel)) {
      total = { row: r, counts: readRowCounts(r) };
      continue;
    }
    const code = readRegionCode(cellAt(grid, r, 1));
    if (!code.ok) {
      ok = false;
      add(code.code, code.message, r, 1);
    }
    const counts = readRowCounts(r);
    const note =
      noteColumn === undefined
        ? { ok: true as const, value: "" }
        : readText(cellAt(grid, r, noteColumn), 500);
    if (!note.ok) {
      ok = false;
      add(note.code, note.message, r, noteColumn);
    }
    if (code.ok && ok) {
      counties.push({
        county: code.value,
        counts: counts as Counts,
        ...(note.ok && note.value && { note: note.value }),
      });
      rows.push(r);
    }
  }
  if (!total && requireTotalRow) {
    ok = false;
    add(
      "total-row-missing",
      {
        "zh-CN": "县区表下面缺少“合计”行",
        en: 'The county table has no "合计 total" row under it',
      },
      tableRow,
    );
  }
  const indicatorColumns: Partial<Record<ReportedIndicatorId, string>> = {};
  for (const [column, role] of columns)
    if (role.kind === "indicator") indicatorColumns[role.id] = columnLetter(column);
  return ok ? { counties, rows, indicatorColumns, total } : undefined;
}

// A mapping found without problems, by the header rows' texts.
const cleanMappings = new HeaderMemo<ReadonlyMap<number, CountyTableColumn>>();

function mapColumns(
  grid: CellGrid,
  headerRows: readonly number[],
  add: ProblemSink,
): ReadonlyMap<number, CountyTableColumn> {
  let width = 0;
  for (const r of headerRows) width = Math.max(width, grid.rows[r - 1]?.length ?? 0);
  const texts: string[] = [];
  for (const row of headerRows) {
    for (let c = 2; c <= width; c++) texts.push(cellText(cellAt(grid, row, c)));
    texts.push("\n");
  }
  const known = cleanMappings.get(texts);
  if (known) return known;
  let clean = true;
  const columns = mapColumnsAnew(grid, headerRows, width, (...problem) => {
    clean = false;
    add(...problem);
  });
  if (clean) cleanMappings.set(texts, columns);
  return columns;
}

function mapColumnsAnew(
  grid: CellGrid,
  headerRows: readonly number[],
  width: number,
  add: ProblemSink,
): Map<number, CountyTableColumn> {
  const columns = new Map<number, CountyTableColumn>();
  for (let c = 2; c <= width; c++) {
    const named: { row: number; role: CountyTableColumn | undefined; text: string }[] = [];
    for (const row of headerRows) {
      const text = cellText(cellAt(grid, row, c));
      if (text !== "") named.push({ row, text, role: countyTableColumnFor(text) });
    }
    if (named.length === 0) continue;
    const unknown = named.find((h) => !h.role);
    if (unknown) {
      add(
        "column-unknown",
        {
          "zh-CN": `不认识的列“${unknown.text}”`,
          en: `Unknown column "${unknown.text}"`,
        },
        unknown.row,
        c,
      );
      continue;
    }
    const [first, second] = named.map((h) => h.role as CountyTableColumn);
    if (first && second && !sameColumn(first, second)) {
      add(
        "column-headers-disagree",
        {
          "zh-CN": "这一列的中文表头和英文表头指的不是同一项",
          en: "The Chinese and English headers of this column name different things",
        },
        headerRows[0],
        c,
      );
      continue;
    }
    const role = first as CountyTableColumn;
    let duplicate: [number, CountyTableColumn] | undefined;
    for (const entry of columns) {
      if (sameColumn(entry[1], role)) {
        duplicate = entry;
        break;
      }
    }
    if (duplicate) {
      add(
        "column-duplicate",
        {
          "zh-CN": `这一列与 ${columnLetter(duplicate[0])} 列重复`,
          en: `This column repeats column ${columnLetter(duplicate[0])}`,
        },
        headerRows[0],
        c,
      );
      continue;
    }
    columns.set(c, role);
  }
  return columns;
}
