import {
  type ReportCorrection,
  type ReportCounts,
  type ReportedIndicatorId,
  reportedIndicatorIds,
} from "@zhucan/domain";
import { columnLetter } from "./located-problem.js";
import {
  correctionColumns,
  correctionsLabel,
  countyTableLabels,
  indicatorColumnLabel,
  labelText,
  reportFormatMarker,
  reportHeaderFields,
  reportTitle,
  syntheticMarker,
  totalRowLabel,
} from "./report-layout.js";

/** What a report file is written from: a report, or a template whose counts are blank. */
export interface ReportSheetModel {
  readonly unit: string;
  /** Shown beside the unit code for people; not read back. */
  readonly unitName?: string;
  readonly month: string;
  readonly receivedAt: string | null;
  readonly filledBy: {
    readonly organisation: string;
    readonly name?: string;
    readonly contact?: string;
  };
  readonly note?: string;
  readonly counties: readonly {
    readonly county: string;
    /** Shown beside the code for people; not read back. */
    readonly name: string;
    /** `null` for a template's blank row. */
    readonly counts: ReportCounts | null;
    readonly note?: string;
  }[];
  readonly corrections: readonly ReportCorrection[];
  /** Marks the file as synthetic sample data in its title row. */
  readonly synthetic: boolean;
}

/** One written cell: a value, or a formula with the result saved beside it. */
export type SheetCell =
  | string
  | number
  | null
  | { readonly formula: string; readonly result: number };

/** Where {@link reportSheetRows} put the parts of the layout (1-based rows). */
export interface ReportSheetPlan {
  readonly monthRow: number;
  readonly tableRow: number;
  readonly subHeaderRow: number;
  readonly firstCountyRow: number;
  readonly totalRow: number;
  readonly correctionsRow: number;
  readonly firstCorrectionRow: number;
  /** Column (1-based) of each indicator; the note column follows the last one. */
  readonly indicatorColumns: Readonly<Record<ReportedIndicatorId, number>>;
  readonly noteColumn: number;
}

/**
 * The rows of a report sheet, exactly as `report-layout.ts` describes, and where each part
 * is. The xlsx and CSV writers both write these rows, so the two forms cannot drift apart.
 * Totals are `SUM` formulas over the county rows with their result.
 *
 * @example
 * reportSheetRows(model).rows[2] //=> ["报送月份 month", "2017-03", "格式 YYYY-MM，如 2017-03 · YYYY-MM, e.g. 2017-03"]
 */
export function reportSheetRows(model: ReportSheetModel): {
  rows: SheetCell[][];
  plan: ReportSheetPlan;
} {
  const title = `${reportTitle["zh-CN"]} ${reportTitle.en}`;
  const rows: SheetCell[][] = [
    [title, reportFormatMarker, ...(model.synthetic ? [syntheticMarker] : [])],
  ];
  const values: Record<(typeof reportHeaderFields)[number]["key"], string | null> = {
    unit: model.unit,
    month: model.month,
    organisation: model.filledBy.organisation,
    name: model.filledBy.name ?? null,
    contact: model.filledBy.contact ?? null,
    receivedAt: model.receivedAt,
    note: model.note ?? null,
  };
  let monthRow = 0;
  for (const field of reportHeaderFields) {
    const hint =
      field.key === "unit"
        ? (model.unitName ?? null)
        : field.hint
          ? `${field.hint["zh-CN"]} · ${field.hint.en}`
          : null;
    rows.push(
      hint === null
        ? [labelText(field.label), values[field.key]]
        : [labelText(field.label), values[field.key], hint],
    );
    if (field.key === "month") monthRow = rows.length;
  }
  rows.push([]);
  const firstIndicatorColumn = 3;
  const indicatorColumns = Object.fromEntries(
    reportedIndicatorIds.map((id, i) => [id, firstIndicatorColumn + i]),
  ) as Record<ReportedIndicatorId, number>;
  const noteColumn = firstIndicatorColumn + reportedIndicatorIds.length;
  rows.push([
    countyTableLabels.county["zh-CN"],
    countyTableLabels.countyName["zh-CN"],
    ...reportedIndicatorIds.map((id) => indicatorColumnLabel(id)["zh-CN"]),
    countyTableLabels.note["zh-CN"],
  ]);
  const tableRow = rows.length;
  rows.push([
    countyTableLabels.county.en,
    countyTableLabels.countyName.en,
    ...reportedIndicatorIds.map((id) => indicatorColumnLabel(id).en),
    countyTableLabels.note.en,
  ]);
  const subHeaderRow = rows.length;
  const firstCountyRow = rows.length + 1;
  for (const c of model.counties) {
    rows.push([
      c.county,
      c.name,
      ...reportedIndicatorIds.map((id) => (c.counts ? c.counts[id] : null)),
      c.note ?? null,
    ]);
  }
  const lastCountyRow = rows.length;
  rows.push([
    totalRowLabel["zh-CN"],
    totalRowLabel.en,
    ...reportedIndicatorIds.map((id) => {
      const column = columnLetter(indicatorColumns[id]);
      const result = model.counties.reduce((sum, c) => sum + (c.counts ? c.counts[id] : 0), 0);
      const formula =
        lastCountyRow >= firstCountyRow
          ? `SUM(${column}${firstCountyRow}:${column}${lastCountyRow})`
          : "0";
      return { formula, result };
    }),
  ]);
  const totalRow = rows.length;
  rows.push([]);
  rows.push([
    labelText(correctionsLabel),
    "如需更正以前月份的数字，每个数字一行 · one row per restated figure of an earlier month",
  ]);
  const correctionsRow = rows.length;
  rows.push(correctionColumns.map((c) => c.label["zh-CN"]));
  rows.push(correctionColumns.map((c) => c.label.en));
  const firstCorrectionRow = rows.length + 1;
  for (const c of model.corrections) rows.push([c.month, c.county, c.indicator, c.value, c.reason]);
  return {
    rows,
    plan: {
      monthRow,
      tableRow,
      subHeaderRow,
      firstCountyRow,
      totalRow,
      correctionsRow,
      firstCorrectionRow,
      indicatorColumns,
      noteColumn,
    },
  };
}
