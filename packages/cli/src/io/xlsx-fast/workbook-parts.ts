import { decodeEntitiesAgain } from "./excel-values.js";
import { scanXml, type XmlAttributes } from "./xml-scanner.js";

/** A sheet listed in `xl/workbook.xml`. */
export interface WorkbookSheet {
  readonly name: string;
  readonly id: number;
  /** `hidden`, `veryHidden`, or `visible` when the file says nothing. */
  readonly state: string;
  readonly relationId: string;
}

/** What the fast reader needs from `xl/workbook.xml`. */
export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  /** Serial numbers count from 1904 (old Mac Excel), as `workbookPr date1904="1"` says. */
  readonly date1904: boolean;
}

// The elements exceljs's workbook reader looks up by name wherever they are, with the parent
// each may have; anything else it skips. Inside its lists (sheets, bookViews) any other element
// ends the list for it, so those hold only their own items.
const workbookElements: Record<string, string> = {
  fileVersion: "workbook",
  workbookPr: "workbook",
  bookViews: "workbook",
  workbookView: "bookViews",
  sheets: "workbook",
  sheet: "sheets",
  calcPr: "workbook",
};

/**
 * The sheets of `xl/workbook.xml`, or `undefined` when it holds anything the fast reader does
 * not read as exceljs does: defined names (print areas change what exceljs reads), a sheet
 * without a name, id or relationship, a name exceljs would refuse or change.
 *
 * @example
 * readWorkbookPart(xml)?.sheets[0]?.name //=> "月报 report"
 */
export function readWorkbookPart(xml: string): WorkbookPart | undefined {
  const sheets: WorkbookSheet[] = [];
  const path: string[] = [];
  let date1904 = false;
  const ok = scanXml(xml, {
    open(name, attributes, depth) {
      const parent = depth === 0 ? "" : (path[depth - 1] as string);
      path[depth] = name;
      if (depth === 0) return name === "workbook";
      if (workbookElements[parent] !== undefined && parent !== "sheets" && parent !== "bookViews") {
        return false; // the elements it reads have no children
      }
      if (parent === "sheets" && name !== "sheet") return false;
      if (parent === "bookViews" && name !== "workbookView") return false;
      const expected = workbookElements[name];
      if (name === "definedNames" || name === "definedName") return false;
      if (expected === undefined) return true;
      if (expected !== parent) return false;
      if (name === "workbookPr") date1904 = attributes.get("date1904") === "1";
      if (name === "sheet") {
        const sheet = workbookSheet(attributes);
        if (!sheet) return false;
        sheets.push(sheet);
      }
      return true;
    },
    text() {},
    close() {},
  });
  if (!ok) return undefined;
  const ids = new Set(sheets.map((s) => s.id));
  const names = new Set(sheets.map((s) => s.name.toLowerCase()));
  if (ids.size !== sheets.length || names.size !== sheets.length) return undefined;
  return { sheets, date1904 };
}

function workbookSheet(attributes: XmlAttributes): WorkbookSheet | undefined {
  const raw = attributes.get("name");
  const sheetId = attributes.get("sheetId");
  const state = attributes.get("state");
  const relationId = attributes.get("r:id");
  if (raw === undefined || sheetId === undefined || relationId === undefined) return undefined;
  const name = decodeEntitiesAgain(raw);
  // Names exceljs refuses (it would fail to load) or truncates.
  if (name === "" || name === "History" || name.length > 31) return undefined;
  if (/[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) return undefined;
  if (!/^[1-9][0-9]{0,8}$/.test(sheetId)) return undefined;
  return { name, id: Number(sheetId), state: state || "visible", relationId };
}

/**
 * The relationships of a `.rels` part by id (`Id` → `Target`), or `undefined` when it holds
 * anything else (exceljs fails on other elements) or an id twice.
 *
 * @example
 * readRelationships(xml)?.get("rId3") //=> "worksheets/sheet1.xml"
 */
export function readRelationships(xml: string): Map<string, string> | undefined {
  const relations = new Map<string, string>();
  const ok = scanXml(xml, {
    open(name, attributes, depth) {
      if (depth === 0) return name === "Relationships";
      if (depth !== 1 || name !== "Relationship") return false;
      const Id = attributes.get("Id");
      const Target = attributes.get("Target");
      if (Id === undefined || Target === undefined || relations.has(Id)) return false;
      relations.set(Id, Target);
      return true;
    },
    text() {},
    close() {},
  });
  return ok ? relations : undefined;
}

const coreElements = new Set([
  "dc:creator",
  "dc:title",
  "dc:subject",
  "dc:description",
  "dc:identifier",
  "dc:language",
  "cp:keywords",
  "cp:category",
  "cp:lastModifiedBy",
  "cp:lastPrinted",
  "cp:revision",
  "cp:version",
  "cp:contentStatus",
  "cp:contentType",
  "dcterms:created",
  "dcterms:modified",
]);

/**
 * Whether exceljs reads the document properties (`docProps/core.xml`, `docProps/app.xml`)
 * without failing: it refuses unknown core properties.
 *
 * @example
 * propertiesReadable("docProps/app.xml", "<Properties/>") //=> true
 */
export function propertiesReadable(part: "docProps/core.xml" | "docProps/app.xml", xml: string) {
  const core = part === "docProps/core.xml";
  return scanXml(xml, {
    open(name, _, depth) {
      if (depth === 0) {
        return core
          ? name === "cp:coreProperties" || name === "coreProperties"
          : name === "Properties";
      }
      return !core || (depth === 1 && coreElements.has(name));
    },
    text() {},
    close() {},
  });
}
