import type { GridCell } from "../cell-grid.js";
import { decodeEntitiesAgain, excelSerialDate } from "./excel-values.js";

/** A `<c>` element as read: its attributes and the text of its parts. */
export interface RawCell {
  /** The `t` attribute (type). */
  readonly type: string | undefined;
  /** Whether its style (`s`) formats numbers as dates. */
  readonly dateStyle: boolean;
  /** Whether it had an `<f>` element. */
  readonly hasFormulaElement: boolean;
  /** The formula's text (`undefined` when empty). */
  readonly formula: string | undefined;
  /** The `<f>` element's `t` attribute (`shared`, `array`…). */
  readonly formulaType: string | undefined;
  /** For a shared formula: whether its master has been read (or this is the master). */
  readonly sharedFormulaKnown: boolean;
  /** The text of `<v>` and of an inline string's `<t>` (`undefined` when empty). */
  readonly value: string | undefined;
  /** The texts of an inline string's rich-text runs, if it has runs. */
  readonly runs: readonly string[] | undefined;
}

/** What {@link readCell} makes of a cell: its grid cell, none (empty), or unsupported. */
export type CellReading = GridCell | "empty" | "unsupported";

const numberTypes = new Set([undefined, "", "n"]);

/**
 * A cell's grid value exactly as exceljs 4.4 reads it and `worksheetGrid` turns it into a
 * {@link GridCell}: shared strings by index, `t="str"` decoded once more, booleans from
 * `parseInt`, numbers from `parseFloat` and, under a date style, dates; a formula gives its
 * saved result or is `formula-without-value`; errors are `cell-error`. A cell exceljs would
 * read oddly (a formula without text, a date style on a text result, unknown types) is
 * "unsupported".
 *
 * @example
 * readCell({ type: "s", value: "0", ... }, ["姓名"]) //=> { value: "姓名" }
 */
export function readCell(
  cell: RawCell,
  strings: readonly string[] | undefined,
  date1904: boolean,
): CellReading {
  const { type, value } = cell;
  const isFormula = cell.formula !== undefined || !!cell.formulaType;
  if (cell.hasFormulaElement && !isFormula) return "unsupported";
  if (isFormula) {
    if (cell.runs !== undefined || !formulaReadable(cell)) return "unsupported";
    if (value === undefined) return { value: null, unreadable: "formula-without-value" };
    if (type === "str") {
      return cell.dateStyle ? "unsupported" : { value: decodeEntitiesAgain(value) };
    }
    if (type === "b") {
      return cell.dateStyle ? "unsupported" : { value: Number.parseInt(value, 10) !== 0 };
    }
    if (type === "e") return cell.dateStyle ? "unsupported" : { value, unreadable: "cell-error" };
    if (!numberTypes.has(type)) return "unsupported";
    return numberCell(Number.parseFloat(value), cell.dateStyle, date1904);
  }
  if (cell.runs !== undefined) {
    return type === "inlineStr" && value === undefined
      ? { value: cell.runs.join("") }
      : "unsupported";
  }
  if (value === undefined) return "empty";
  switch (type) {
    case "s": {
      const index = Number.parseInt(value, 10);
      const text = strings?.[index];
      return text === undefined || !Number.isInteger(index) ? "unsupported" : { value: text };
    }
    case "str":
      return { value: decodeEntitiesAgain(value) };
    case "inlineStr":
      return { value };
    case "b":
      return { value: Number.parseInt(value, 10) !== 0 };
    case "e":
      return { value, unreadable: "cell-error" };
    default:
      if (!numberTypes.has(type)) return "unsupported";
      return numberCell(Number.parseFloat(value), cell.dateStyle, date1904);
  }
}

function numberCell(number: number, dateStyle: boolean, date1904: boolean): CellReading {
  if (!dateStyle) return { value: number };
  return Number.isFinite(number) ? { value: excelSerialDate(number, date1904) } : "unsupported";
}

// exceljs keeps a formula cell's result only when its value names a formula: a formula text,
// or a shared formula whose master it has met.
function formulaReadable(cell: RawCell): boolean {
  switch (cell.formulaType) {
    case undefined:
    case "normal":
    case "array":
      return cell.formula !== undefined;
    case "shared":
      return cell.sharedFormulaKnown;
    default:
      return false;
  }
}
