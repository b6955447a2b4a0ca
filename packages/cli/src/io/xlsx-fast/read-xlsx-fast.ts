import type { CellGrid } from "../cell-grid.js";
import { PartMemo } from "./part-memo.js";
import { readSharedStrings } from "./shared-strings-part.js";
import { sheetGrid } from "./sheet-grid.js";
import { readStylesPart } from "./styles-part.js";
import {
  propertiesReadable,
  readRelationships,
  readWorkbookPart,
  type WorkbookPart,
} from "./workbook-parts.js";
import { readWorksheetPart, type WorksheetContent } from "./worksheet-part.js";
import { decodeXmlBytes, decodeXmlPart } from "./xml-part-text.js";
import {
  inflateZipEntry,
  readZipArchive,
  type ZipLimits,
  zipLimitsDefaults,
} from "./zip-archive.js";

/** A worksheet's name and visibility, as the workbook lists it. */
export interface FastWorksheetName {
  readonly name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  readonly state: string;
}

/** A worksheet of a workbook the fast reader read, in the workbook's order. */
export interface FastWorksheet extends FastWorksheetName {
  /** The sheet as a grid, exactly as `worksheetGrid` gives it from exceljs. */
  grid(): CellGrid;
}

/** Options of {@link readXlsxFast}. */
export interface ReadXlsxFastOptions extends ZipLimits {
  /**
   * **DECISION**: the most cells (with values, or merged) one worksheet may have; a larger
   * workbook is left to exceljs. Default 1,000,000 (a monthly report has a few hundred).
   */
  readonly maxCells?: number;
}

/**
 * The defaults of {@link ReadXlsxFastOptions}.
 *
 * @example
 * readXlsxFastDefaults.maxCells //=> 1000000
 */
export const readXlsxFastDefaults: Required<ReadXlsxFastOptions> = {
  ...zipLimitsDefaults,
  maxCells: 1_000_000,
};

// The parts exceljs 4.4 parses, by the same names and patterns, in the same order (xlsx.js);
// every other entry it only unzips.
type PartKind =
  | "rels"
  | "workbook"
  | "workbook-rels"
  | "shared-strings"
  | "styles"
  | "properties"
  | "worksheet"
  | "unzipped-only"
  | "not-read";

function partKind(name: string): PartKind {
  switch (name) {
    case "_rels/.rels":
      return "rels";
    case "xl/workbook.xml":
      return "workbook";
    case "xl/_rels/workbook.xml.rels":
      return "workbook-rels";
    case "xl/sharedStrings.xml":
      return "shared-strings";
    case "xl/styles.xml":
      return "styles";
    case "docProps/app.xml":
    case "docProps/core.xml":
      return "properties";
  }
  // Every pattern below has "xl/" in it (anywhere in the name, as exceljs matches them).
  if (!name.includes("xl/")) return "unzipped-only";
  if (/xl\/worksheets\/sheet(\d+)[.]xml/.test(name)) return "worksheet";
  // Comments, drawings, tables, pictures: what they change in exceljs's reading is not restated.
  if (/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.test(name)) return "not-read";
  if (/xl\/theme\/([a-zA-Z0-9]+)[.]xml/.test(name)) return "unzipped-only";
  if (/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/.test(name)) return "unzipped-only";
  if (/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/.test(name)) return "not-read";
  if (/xl\/(comments\d+)[.]xml/.test(name)) return "not-read";
  if (/xl\/tables\/(table\d+)[.]xml/.test(name)) return "not-read";
  if (/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/.test(name)) return "not-read";
  if (/xl\/drawings\/(vmlDrawing\d+)[.]vml/.test(name)) return "not-read";
  return "unzipped-only";
}

/**
 * Reads an xlsx workbook's worksheets without exceljs: the zip's directory, only the parts
 * exceljs parses, each with a small purpose-built XML reader — giving exactly the grids exceljs
 * and `worksheetGrid` give. Returns "unsupported" (and the caller uses exceljs) for anything it
 * is not sure to read identically, including every file exceljs cannot open; it bounds its work
 * (`maxEntries`, `maxInflatedBytes`, `maxCells`) and never throws.
 *
 * @example
 * const sheets = readXlsxFast(bytes);
 * sheets === "unsupported" ? "exceljs" : sheets[0]?.grid().sheet //=> "月报 report"
 */
export function readXlsxFast(
  bytes: Uint8Array,
  options: ReadXlsxFastOptions = {},
): FastWorksheet[] | "unsupported" {
  try {
    return readWorkbook(bytes, { ...readXlsxFastDefaults, ...options }) ?? "unsupported";
  } catch {
    return "unsupported";
  }
}

function readWorkbook(
  bytes: Uint8Array,
  options: Required<ReadXlsxFastOptions>,
): FastWorksheet[] | undefined {
  const entries = readZipArchive(bytes, options);
  if (!entries) return undefined;
  const parts = new Map<string, string>();
  const worksheetParts: string[] = [];
  for (const entry of entries.values()) {
    const kind = partKind(entry.name);
    if (kind === "not-read") return undefined;
    const inflated = inflateZipEntry(bytes, entry, options);
    if (!inflated) return undefined;
    if (kind === "unzipped-only") continue;
    const xml = decodeXmlPart(inflated);
    if (xml === undefined) return undefined;
    parts.set(entry.name, xml);
    if (kind === "worksheet") worksheetParts.push(entry.name);
    if (kind === "rels" && !readRelationships(xml)) return undefined;
    if (kind === "properties" && !propertiesReadable(entry.name as "docProps/app.xml", xml)) {
      return undefined;
    }
  }
  const workbookXml = parts.get("xl/workbook.xml");
  const relsXml = parts.get("xl/_rels/workbook.xml.rels");
  const stylesXml = parts.get("xl/styles.xml");
  if (workbookXml === undefined || relsXml === undefined || stylesXml === undefined) {
    return undefined;
  }
  const workbook = readWorkbookPart(workbookXml);
  const relations = readRelationships(relsXml);
  const styles = readStylesPart(stylesXml);
  const stringsXml = parts.get("xl/sharedStrings.xml");
  const strings = stringsXml === undefined ? undefined : readSharedStrings(stringsXml);
  if (!workbook || !relations || !styles || (stringsXml !== undefined && !strings)) {
    return undefined;
  }
  const context = { strings, styles, date1904: workbook.date1904, maxCells: options.maxCells };
  const contents = new Map<string, WorksheetContent>();
  for (const name of worksheetParts) {
    // exceljs reads every worksheet, listed or not; one it cannot read fails the workbook.
    const content = readWorksheetPart(parts.get(name) as string, context);
    if (!content) return undefined;
    contents.set(name, content);
  }
  const listed = listedWorksheets(workbook, relations, (part) => contents.has(part));
  return listed?.map(({ name, state, part }) => {
    const content = contents.get(part) as WorksheetContent;
    return { name, state, grid: () => sheetGrid(name, content) };
  });
}

/** The worksheet {@link readXlsxSheetFast} read. */
export interface FastSheetGrid extends FastWorksheetName {
  /** The sheet as a grid, exactly as `worksheetGrid` gives it from exceljs. */
  readonly grid: CellGrid;
}

/**
 * Reads one worksheet of an xlsx workbook without exceljs — the one `choose` picks among the
 * worksheets exceljs would list — giving exactly the grid exceljs and `worksheetGrid` give it,
 * or "unsupported" (the caller uses exceljs) as {@link readXlsxFast} declines. Never throws.
 *
 * **DECISION**: it reads only the parts that sheet's values depend on — the workbook and its
 * relationships, the shared strings, the styles and that worksheet — and passes over the
 * worksheet's data validations checking only that they are well formed (`scanXml`'s "skip").
 * The other parts (the other sheets, document properties, theme, content types) are neither
 * inflated nor parsed, which halves the reader's time over the cities' workbooks
 * (bench/cli-xlsx: the 630 sample workbooks in 0.16 s instead of 0.32 s). So a workbook whose
 * *unread* parts (or validations) are damaged, or hold what exceljs refuses, is read here,
 * where {@link readXlsxFast} hands it to exceljs, which finds it corrupt: its values are still
 * exactly those of the sheet read, since every part read is checked (size and CRC-32 of the
 * inflated bytes, strict XML) as before. Use {@link readXlsxFast} to read as exceljs does in
 * every case.
 *
 * @example
 * const sheet = readXlsxSheetFast(bytes, (sheets) => sheets[0]);
 * sheet === "unsupported" ? "exceljs" : sheet.grid.sheet //=> "月报 report"
 */
export function readXlsxSheetFast(
  bytes: Uint8Array,
  choose: (sheets: readonly FastWorksheetName[]) => FastWorksheetName | undefined,
  options: ReadXlsxFastOptions = {},
): FastSheetGrid | "unsupported" {
  try {
    return readChosenSheet(bytes, choose, { ...readXlsxFastDefaults, ...options }) ?? "unsupported";
  } catch {
    return "unsupported";
  }
}

// The workbook, relationships and styles parts last read (part-memo.ts).
const partMemo = new PartMemo();

function readChosenSheet(
  bytes: Uint8Array,
  choose: (sheets: readonly FastWorksheetName[]) => FastWorksheetName | undefined,
  options: Required<ReadXlsxFastOptions>,
): FastSheetGrid | undefined {
  const entries = readZipArchive(bytes, options);
  if (!entries) return undefined;
  const worksheetParts = new Set<string>();
  for (const entry of entries.values()) {
    const kind = partKind(entry.name);
    // Comments, drawings, tables change what exceljs reads of a sheet: left to it, as before.
    if (kind === "not-read") return undefined;
    if (kind === "worksheet") worksheetParts.add(entry.name);
  }
  const text = (name: string): string | undefined => {
    const entry = entries.get(name);
    const inflated = entry && inflateZipEntry(bytes, entry, options);
    return inflated && decodeXmlPart(inflated);
  };
  const remembered = <T extends object>(name: string, reader: (xml: string) => T | undefined) => {
    const entry = entries.get(name);
    return entry && partMemo.read(bytes, entry, options, reader);
  };
  const workbook = remembered("xl/workbook.xml", readWorkbookPart);
  const relations = remembered("xl/_rels/workbook.xml.rels", readRelationships);
  if (!workbook || !relations) return undefined;
  const listed = listedWorksheets(workbook, relations, (part) => worksheetParts.has(part));
  const chosen = listed && choose(listed);
  const sheet = listed?.find((s) => s === chosen);
  if (!sheet) return undefined;
  const styles = remembered("xl/styles.xml", readStylesPart);
  const hasStrings = entries.has("xl/sharedStrings.xml");
  const stringsXml = hasStrings ? text("xl/sharedStrings.xml") : undefined;
  const strings = stringsXml === undefined ? undefined : readSharedStrings(stringsXml);
  const sheetEntry = entries.get(sheet.part);
  const sheetBytes = sheetEntry && inflateZipEntry(bytes, sheetEntry, options);
  const sheetXml = sheetBytes && decodeXmlBytes(sheetBytes);
  if (!styles || (hasStrings && !strings) || sheetXml === undefined) return undefined;
  const content = readWorksheetPart(sheetXml, {
    strings,
    styles,
    date1904: workbook.date1904,
    maxCells: options.maxCells,
    passOverValidations: true,
    utf8Bytes: true,
  });
  if (!content) return undefined;
  return { name: sheet.name, state: sheet.state, grid: sheetGrid(sheet.name, content) };
}

// The worksheets exceljs keeps: those whose relationship leads to a worksheet part (`isPart`),
// in the workbook's order, each with its part; `undefined` when two lead to the same part.
function listedWorksheets(
  workbook: WorkbookPart,
  relations: Map<string, string>,
  isPart: (part: string) => boolean,
): (FastWorksheetName & { readonly part: string })[] | undefined {
  const sheets: (FastWorksheetName & { readonly part: string })[] = [];
  const used = new Set<string>();
  for (const sheet of workbook.sheets) {
    const target = relations.get(sheet.relationId);
    if (target === undefined) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!isPart(part)) continue;
    if (used.has(part)) return undefined;
    used.add(part);
    sheets.push({ name: sheet.name, state: sheet.state, part });
  }
  return sheets.length > 0 ? sheets : undefined;
}
