import { builtInNumberFormats, isDateFormat } from "./excel-values.js";
import { scanXml } from "./xml-scanner.js";

/** What the fast reader needs from `xl/styles.xml`: which cell styles show dates. */
export interface StylesPart {
  /** How many cell styles (`cellXfs`) there are. */
  readonly count: number;
  /** Whether the cell style with this index (a cell's `s`) formats numbers as dates. */
  readonly isDateStyle: (index: number) => boolean;
}

// Where exceljs's style reader expects the elements it looks up by name; anything else under
// them it skips. extLst, cellStyles and tableStyles it passes over whole, to their closing tag.
const topElements = new Set(["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
const passedOver = new Set(["dxfs", "cellStyles", "tableStyles", "extLst", "colors"]);
const placed: Record<string, readonly string[]> = {
  numFmt: ["numFmts", "dxf"],
  xf: ["cellXfs", "cellStyleXfs"],
  alignment: ["xf", "dxf"],
  protection: ["xf", "dxf"],
};
// What the lists exceljs reads hold: any other element would end the list for it.
const listItems: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  dxfs: "dxf",
};
// The names exceljs's style reader looks up wherever it meets them outside a list.
const lookedUp = new Set([
  ...topElements,
  ...passedOver,
  "numFmt",
  "font",
  "fill",
  "border",
  "style",
]);

/**
 * Reads the number formats and cell styles of `xl/styles.xml` as exceljs uses them to decide
 * which numbers are dates, or `undefined` when the part holds something the fast reader does
 * not read as exceljs does (an extension list, a format without code, no cell styles).
 *
 * @example
 * readStylesPart(xml)?.isDateStyle(3) //=> true
 */
export function readStylesPart(xml: string): StylesPart | undefined {
  let formats = new Map<number, string>();
  let pending = new Map<number, string>();
  let styleFormats: number[] = [];
  let listed: number[] | undefined;
  const path: string[] = [];
  const ok = scanXml(xml, {
    open(name, attributes, depth) {
      const parent = depth === 0 ? "" : (path[depth - 1] as string);
      path[depth] = name;
      if (depth === 0) return name === "styleSheet";
      if (depth === 1) {
        // A second list replaces the first, as in exceljs.
        if (name === "numFmts") pending = new Map();
        if (name === "cellXfs") listed = [];
        return topElements.has(name) || passedOver.has(name);
      }
      const top = path[1] as string;
      const item = listItems[parent];
      if (item !== undefined && name !== item) return false;
      if (top === "colors") return !lookedUp.has(name);
      if (passedOver.has(top)) return !passedOver.has(name);
      if (parent === "xf" && name !== "alignment" && name !== "protection") return false;
      if (parent === "numFmt" || parent === "alignment" || parent === "protection") return false;
      if (topElements.has(name) || passedOver.has(name)) return false;
      const parents = placed[name];
      if (parents !== undefined && !parents.includes(parent)) return false;
      if (name === "numFmt" && parent === "numFmts") {
        const numFmtId = attributes.get("numFmtId");
        const formatCode = attributes.get("formatCode");
        if (formatCode === undefined) return false;
        pending.set(Number.parseInt(numFmtId ?? "", 10), formatCode.replace(/[\\](.)/g, "$1"));
      } else if (name === "xf" && parent === "cellXfs") {
        listed?.push(Number.parseInt(attributes.get("numFmtId") ?? "", 10));
      }
      return true;
    },
    text() {},
    close(name, depth) {
      if (depth !== 1) return;
      if (name === "numFmts") formats = new Map(pending);
      if (name === "cellXfs" && listed !== undefined) {
        styleFormats = listed;
        listed = undefined;
      }
    },
  });
  // Without cell styles exceljs fails on the first styled cell; leave such files to it.
  if (!ok || styleFormats.length === 0) return undefined;
  const dates = styleFormats.map((id) => {
    if (!id) return false;
    return isDateFormat(formats.get(id) || builtInNumberFormats[id]);
  });
  return { count: dates.length, isDateStyle: (index) => dates[index] === true };
}
