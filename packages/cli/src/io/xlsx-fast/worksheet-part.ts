import type { GridCell, MergedRange } from "../cell-grid.js";
import { type CanonicalRowSink, readCanonicalRows } from "./canonical-rows.js";
import { unescapeRunText } from "./excel-values.js";
import type { StylesPart } from "./styles-part.js";
import { readCell } from "./worksheet-cell.js";
import { scanXml, type XmlAttributes } from "./xml-scanner.js";

/** A worksheet as read: its cells with values, row by row, and its merged ranges as listed. */
export interface WorksheetContent {
  /** `rows[r - 1][c - 1]`: only the cells that have a value. */
  readonly rows: (GridCell | undefined)[][];
  readonly merges: readonly MergedRange[];
}

/** What reading a worksheet needs from the rest of the workbook. */
export interface WorksheetContext {
  readonly strings: readonly string[] | undefined;
  readonly styles: StylesPart;
  readonly date1904: boolean;
  /** The most cells (with values or merged) read; more and the sheet is left to exceljs. */
  readonly maxCells: number;
  /**
   * Pass over `<dataValidations>` checking only that it is well formed (`scanXml`'s "skip"),
   * rather than declining the validations exceljs would not read as the reader expects: they
   * never change a cell's value (`readXlsxSheetFast`). Default `false`.
   */
  readonly passOverValidations?: boolean;
  /** The text holds the part's UTF-8 bytes, one per character (`decodeXmlBytes`). */
  readonly utf8Bytes?: boolean;
}

// Where each element may sit. exceljs looks elements up by name wherever it finds them, so an
// element out of its place (or one not listed: hyperlinks, comments' drawings, conditional
// formats, tables, extension lists) leaves the file to exceljs.
const childrenOf: Record<string, ReadonlySet<string>> = {
  worksheet: new Set([
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "mergeCells",
    "dataValidations",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "phoneticPr",
    "ignoredErrors",
  ]),
  sheetPr: new Set(["tabColor", "outlinePr", "pageSetUpPr"]),
  sheetViews: new Set(["sheetView"]),
  sheetView: new Set(["pane", "selection"]),
  cols: new Set(["col"]),
  sheetData: new Set(["row"]),
  row: new Set(["c"]),
  c: new Set(["f", "v", "is"]),
  is: new Set(["t", "r"]),
  r: new Set(["rPr", "t"]),
  rPr: new Set([
    ...["b", "i", "u", "strike", "sz", "color", "rFont", "family", "scheme", "charset"],
    ...["vertAlign", "outline", "shadow", "condense", "extend"],
  ]),
  mergeCells: new Set(["mergeCell"]),
  dataValidations: new Set(["dataValidation"]),
  dataValidation: new Set(["formula1", "formula2"]),
  headerFooter: new Set([
    "oddHeader",
    "oddFooter",
    "evenHeader",
    "evenFooter",
    "firstHeader",
    "firstFooter",
  ]),
  ignoredErrors: new Set(["ignoredError"]),
};
// By element name: a Map, because the names looked up are new strings each time, which an
// object's properties would first look up among the interned strings.
const children = new Map(Object.entries(childrenOf));

const cellAddress = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;
const rangeAddress = /^([A-Z]{1,3})([1-9][0-9]{0,6}):([A-Z]{1,3})([1-9][0-9]{0,6})$/;
const maxRow = 1048576;
const maxColumn = 16384;
const maxMerges = 4096;

/**
 * Reads a worksheet part (`xl/worksheets/sheetN.xml`) into its cells and merged ranges as
 * exceljs would, or `undefined` when it holds anything the fast reader is not sure to read
 * identically (see `worksheet-cell.ts` for cells), or that makes exceljs fail (merged ranges
 * that overlap, malformed addresses), or more than `maxCells` cells.
 *
 * @example
 * readWorksheetPart(xml, context)?.rows[0]?.[0] //=> { value: "助残志愿行动月报" }
 */
export function readWorksheetPart(
  xml: string,
  context: WorksheetContext,
): WorksheetContent | undefined {
  const rows: (GridCell | undefined)[][] = [];
  const merges: MergedRange[] = [];
  const masters = new Set<string>();
  const path: string[] = [];
  let cells = 0;
  let row = 0;
  let column = 0;
  // The cell being read (`undefined` between cells): one object for them all, as a sheet has
  // hundreds and each is read into a grid cell of its own when it closes.
  let cell: MutableCell | undefined;
  const reused: MutableCell = {
    type: undefined,
    dateStyle: false,
    hasFormulaElement: false,
    formula: undefined,
    formulaType: undefined,
    sharedFormulaKnown: false,
    value: undefined,
    runs: undefined,
  };

  let formula = { si: undefined as string | undefined, ref: undefined as string | undefined };
  let text: string | undefined;
  let failed = false;
  let inRun = false;
  let runText: string | undefined;

  const openRow = (r: string): boolean => {
    if (!/^[1-9][0-9]{0,6}$/.test(r) || Number(r) <= row || Number(r) > maxRow) return false;
    row = Number(r);
    column = 0;
    return true;
  };

  const openCell = (r: string | undefined, s: string | undefined, t: string | undefined) => {
    const at = cellColumn(r, row);
    if (at <= column || at > maxColumn) return false;
    column = at;
    const style = s ? Number.parseInt(s, 10) : 0;
    cell = reused;
    cell.type = t;
    cell.dateStyle = !!style && context.styles.isDateStyle(style);
    cell.hasFormulaElement = false;
    cell.formula = undefined;
    cell.formulaType = undefined;
    cell.sharedFormulaKnown = false;
    cell.value = undefined;
    cell.runs = undefined;
    return true;
  };

  const closeCell = (): boolean => {
    if (!cell) return false;
    const reading = readCell(cell, context.strings, context.date1904);
    cell = undefined;
    if (reading === "unsupported") return false;
    if (reading === "empty") return true;
    if (++cells > context.maxCells) return false;
    let rowCells = rows[row - 1];
    if (!rowCells) {
      rowCells = [];
      rows[row - 1] = rowCells;
    }
    rowCells[column - 1] = reading;
    return true;
  };

  // Rows as Excel and exceljs write most of them, read by patterns (canonical-rows.ts): what
  // the elements below would do with them, the same checks in the same order.
  const rowSink: CanonicalRowSink = {
    row: openRow,
    cell(r, s, t, formula, value) {
      if (!openCell(r, s, t)) return false;
      const read = cell as MutableCell;
      // As <f> without attributes reads: no type, so not a shared formula.
      if (formula !== undefined) {
        read.hasFormulaElement = true;
        if (formula !== "") read.formula = formula;
      }
      if (value !== undefined && value !== "") read.value = value;
      return closeCell();
    },
  };

  const ok = scanXml(
    xml,
    {
      content(name, at) {
        return name === "sheetData" && !failed ? readCanonicalRows(xml, at, rowSink) : at;
      },
      open(name, attributes, depth) {
        const parent = depth === 0 ? "" : (path[depth - 1] as string);
        path[depth] = name;
        if (failed) return false;
        if (depth === 0) return name === "worksheet";
        // Cells in rows and values in cells first: most of a sheet, and cheaper compared than looked up.
        const placed =
          (name === "c" && parent === "row") ||
          (name === "v" && parent === "c") ||
          children.get(parent)?.has(name) === true;
        if (!placed) return false;
        switch (name) {
          case "row":
            return openRow(attributes.get("r") ?? "");
          case "c":
            return openCell(attributes.get("r"), attributes.get("s"), attributes.get("t"));
          case "f":
            if (!cell || cell.hasFormulaElement) return false;
            cell.hasFormulaElement = true;
            cell.formulaType = attributes.get("t");
            formula = { si: attributes.get("si"), ref: attributes.get("ref") };
            text = "";
            return true;
          case "v":
          case "t":
            if (parent === "r") {
              if (runText !== undefined) return false;
            } else if (cell?.runs !== undefined) return false;
            text = "";
            return true;
          case "r":
            if (!cell) return false;
            cell.runs ??= [];
            inRun = true;
            runText = undefined;
            return true;
          case "mergeCell":
            return addMerge(attributes.get("ref"), merges);
          case "dataValidations":
            return context.passOverValidations ? "skip" : true;
          case "dataValidation":
            return validationRangesReadable(attributes.get("sqref"));
          case "col":
            return columnsReadable(attributes);
          default:
            return true;
        }
      },
      text(value) {
        if (text !== undefined) text += value;
      },
      close(name, depth) {
        if ((name === "v" || name === "t") && text !== undefined) {
          const value = text;
          text = undefined;
          if (inRun && path[depth - 1] === "r") {
            // Run texts go through exceljs's text reader, which undoes Excel's _xHHHH_ escapes.
            runText = unescapeRunText(value);
          } else if (cell && value !== "") {
            cell.value = (cell.value ?? "") + value;
          }
        } else if (name === "f" && cell && text !== undefined) {
          if (text !== "") cell.formula = text;
          text = undefined;
          if (!sharedFormulaRead(cell, formula, masters)) failed = true;
        } else if (name === "r" && path[depth - 1] === "is" && cell) {
          cell.runs?.push(runText ?? "");
          inRun = false;
        } else if (name === "c") {
          if (!closeCell()) failed = true;
        }
      },
    },
    { utf8Bytes: context.utf8Bytes === true },
  );
  if (!ok || failed) return undefined;
  // exceljs makes a cell of every merged one.
  const mergedCells = merges.reduce(
    (n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1),
    0,
  );
  if (cells + mergedCells > context.maxCells) return undefined;
  return { rows, merges };
}

interface MutableCell {
  type: string | undefined;
  dateStyle: boolean;
  hasFormulaElement: boolean;
  formula: string | undefined;
  formulaType: string | undefined;
  sharedFormulaKnown: boolean;
  value: string | undefined;
  runs: string[] | undefined;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

// The column of a cell reference such as "C12" in the given row; 0 when it is not one.
function cellColumn(reference: string | undefined, row: number): number {
  if (reference === undefined) return 0;
  let column = 0;
  let i = 0;
  for (; i < reference.length && i < 3; i++) {
    const c = reference.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) break;
    column = column * 26 + c - 64;
  }
  // Then the row number, without leading zeros.
  if (i === 0 || i === reference.length || reference.charCodeAt(i) === 0x30) return 0;
  let number = 0;
  for (; i < reference.length; i++) {
    const c = reference.charCodeAt(i);
    if (c < 0x30 || c > 0x39 || number > maxRow) return 0;
    number = number * 10 + c - 0x30;
  }
  return number === row ? column : 0;
}

// A shared formula's master (it has `ref`) must have text; a cell sharing it reads as a formula
// only once exceljs has met the master (in reading order) or when it has text of its own.
function sharedFormulaRead(
  cell: MutableCell,
  { si, ref }: { si: string | undefined; ref: string | undefined },
  masters: Set<string>,
): boolean {
  if (cell.formulaType !== "shared") return true;
  if (si === undefined || !/^[0-9]{1,9}$/.test(si)) return false;
  if (ref) {
    if (cell.formula === undefined) return false;
    masters.add(si);
  }
  cell.sharedFormulaKnown = masters.has(si) || cell.formula !== undefined;
  return true;
}

function parseRange(ref: string | undefined): MergedRange | undefined {
  const match = rangeAddress.exec(ref ?? "");
  if (!match) return undefined;
  const range = {
    top: Number(match[2]),
    left: columnNumber(match[1] as string),
    bottom: Number(match[4]),
    right: columnNumber(match[3] as string),
  };
  const fits = range.bottom <= maxRow && range.right <= maxColumn;
  return fits && range.top <= range.bottom && range.left <= range.right ? range : undefined;
}

// exceljs fails on merged ranges that overlap (the file is then corrupt for it).
function addMerge(ref: string | undefined, merges: MergedRange[]): boolean {
  const range = parseRange(ref);
  // Each range is compared with the others: a bounded number keeps that cheap.
  if (!range || merges.length >= maxMerges) return false;
  const overlaps = merges.some(
    (m) =>
      m.top <= range.bottom &&
      range.top <= m.bottom &&
      m.left <= range.right &&
      range.left <= m.right,
  );
  if (overlaps) return false;
  merges.push(range);
  return true;
}

// exceljs visits every cell of a validation's ranges; only plain addresses are left to it.
function validationRangesReadable(sqref: string | undefined): boolean {
  if (sqref === undefined) return false;
  return sqref.split(" ").every((part) => cellAddress.test(part) || parseRange(part) !== undefined);
}

// exceljs makes an object per column up to a column definition's max.
function columnsReadable(attributes: XmlAttributes): boolean {
  const min = attributes.get("min");
  const max = attributes.get("max");
  if (!min || !max || !/^[0-9]{1,5}$/.test(min) || !/^[0-9]{1,5}$/.test(max)) return false;
  return Number(min) >= 1 && Number(min) <= Number(max) && Number(max) <= maxColumn;
}
