import type { FeedCell, Locale } from "@zhucan/domain";
import { formatCell, formatNumber } from "../i18n/format.js";

/** Why a cell holds no plain number; the table shows a note explaining each flag present. */
export type CellFlag = "small" | "suppressed" | "no-data";

/** One cell of a {@link DataTable}: the text shown and the value written to CSV. */
export interface DataTableCell {
  /** What the table shows (formatted for the locale). */
  readonly text: string;
  /** What the CSV holds: a plain number, `<5`, `suppressed`, or `""` for no data. */
  readonly raw: string | number;
  readonly flag?: CellFlag;
}

/** A column of a {@link DataTable}; `numeric` columns align right. */
export interface DataTableColumn {
  readonly label: string;
  readonly numeric?: boolean;
}

/**
 * The data-table alternative of a view (always in the accessibility tree, shown on demand) and
 * the content of its CSV download. The first column heads each row.
 */
export interface DataTable {
  readonly caption: string;
  readonly columns: readonly DataTableColumn[];
  readonly rows: readonly (readonly DataTableCell[])[];
}

/**
 * A text cell.
 *
 * @example
 * textCell("梅州市") //=> { text: "梅州市", raw: "梅州市" }
 */
export function textCell(text: string): DataTableCell {
  return { text, raw: text };
}

/**
 * A number cell, formatted for the locale.
 *
 * @example
 * numberCell(3500, "en") //=> { text: "3,500", raw: 3500 }
 */
export function numberCell(value: number, locale: Locale): DataTableCell {
  return { text: formatNumber(value, locale), raw: value };
}

/**
 * A cell from a published feed value, keeping "<5" and "suppressed" as such (never 0).
 *
 * @example
 * feedCell("<5", "en") //=> { text: "<5", raw: "<5", flag: "small" }
 * feedCell(null, "zh-CN") //=> { text: "无数据", raw: "", flag: "no-data" }
 */
export function feedCell(cell: FeedCell | undefined, locale: Locale): DataTableCell {
  const text = formatCell(cell, locale);
  if (typeof cell === "number") return { text, raw: cell };
  if (cell === "<5") return { text, raw: "<5", flag: "small" };
  if (cell === "suppressed") return { text, raw: "suppressed", flag: "suppressed" };
  return { text, raw: "", flag: "no-data" };
}
