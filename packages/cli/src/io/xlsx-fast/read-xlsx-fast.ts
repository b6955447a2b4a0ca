import type { CellGrid } from "../cell-grid.js";
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
import { decodeXmlPart } from "./xml-scanner.js";
import {
  inflateZipEntry,
  readZipArchive,
  type ZipLimits,
  zipLimitsDefaults,
} from "./zip-archive.js";

/** A worksheet of a workbook the fast reader read, in the workbook's order. */
export interface FastWorksheet {
  readonly name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  readonly state: string;
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
  return listedWorksheets(workbook, relations, contents);
}

// The worksheets exceljs keeps: those whose relationship leads to a worksheet part, in the
// workbook's order.
function listedWorksheets(
  workbook: WorkbookPart,
  relations: Map<string, string>,
  contents: Map<string, WorksheetContent>,
): FastWorksheet[] | undefined {
  const sheets: FastWorksheet[] = [];
  const used = new Set<string>();
  for (const sheet of workbook.sheets) {
    const target = relations.get(sheet.relationId);
    if (target === undefined) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    const content = contents.get(part);
    if (!content) continue;
    if (used.has(part)) return undefined;
    used.add(part);
    const { name, state } = sheet;
    sheets.push({ name, state, grid: () => sheetGrid(name, content) });
  }
  return sheets.length > 0 ? sheets : undefined;
}
