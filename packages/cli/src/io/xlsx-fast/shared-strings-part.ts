import { unescapeRunText } from "./excel-values.js";
import { scanXml } from "./xml-scanner.js";

/**
 * The texts of `xl/sharedStrings.xml` in order, each as a cell shows it (rich-text runs joined),
 * or `undefined` when the part holds something the fast reader does not read as exceljs does:
 * an item with no text, with both plain text and runs or two texts, elements exceljs refuses.
 * Phonetic runs (`rPh`, furigana/pinyin guides) are skipped, as exceljs skips them.
 *
 * @example
 * readSharedStrings("<sst><si><t>姓名</t></si></sst>") //=> ["姓名"]
 */
export function readSharedStrings(xml: string): string[] | undefined {
  const strings: string[] = [];
  const path: string[] = [];
  // The item being read: its plain text, or its runs' texts.
  let plain: string | undefined;
  let runs: string[] | undefined;
  let runText: string | undefined;
  let text: string | undefined;
  const ok = scanXml(xml, {
    content(name, at) {
      return name === "sst" ? readPlainItems(xml, at, strings) : at;
    },
    open(name, _, depth) {
      const parent = depth === 0 ? "" : (path[depth - 1] as string);
      path[depth] = name;
      if (depth === 0) return name === "sst";
      if (depth === 1) {
        plain = undefined;
        runs = undefined;
        return name === "si";
      }
      if (depth === 2) {
        if (name === "t") {
          if (plain !== undefined || runs !== undefined) return false;
          text = "";
          return true;
        }
        if (name === "r") {
          if (plain !== undefined) return false;
          runs ??= [];
          runText = undefined;
          return true;
        }
        return name === "rPh" || name === "phoneticPr";
      }
      if (parent === "r") {
        if (name === "t") {
          if (runText !== undefined) return false;
          text = "";
          return true;
        }
        return name === "rPr";
      }
      // Inside a run's font, or a phonetic run's own text (skipped).
      return (parent === "rPr" && depth === 4) || (parent === "rPh" && name === "t");
    },
    text(value) {
      if (text !== undefined) text += value;
    },
    close(name, depth) {
      if (name === "t" && text !== undefined) {
        const value = unescapeRunText(text);
        if (depth === 2) plain = value;
        else if (path[depth - 1] === "r") runText = value;
        text = undefined;
      } else if (name === "r" && depth === 2) {
        runs?.push(runText ?? "");
      } else if (name === "si") {
        if (plain !== undefined) strings.push(plain);
        else if (runs !== undefined) strings.push(runs.join(""));
        else strings.push(invalid);
      }
    },
  });
  if (!ok || strings.includes(invalid)) return undefined;
  return strings;
}

// An item without text: exceljs keeps an empty object for it, which no cell should read.
const invalid = "\u0000invalid";

// An item as Excel and exceljs write most of them: one text, without references or "<".
const plainItem = /<si><t(?: xml:space="preserve")?>[^<&]*<\/t><\/si>/y;
// Where its text starts, after `<si><t>` or `<si><t xml:space="preserve">`, and how far before
// its end it stops (`</t></si>`).
const textAfterStart = "<si><t>".length;
const textAfterPreserve = '<si><t xml:space="preserve">'.length;
const endTagsLength = "</t></si>".length;

// Reads items written as `plainItem` from `at`, as the scanner and the visitor above would read
// them, by a pattern the engine runs at full speed from the first file on; stops before any
// other (the scanner reads it) and returns where. The pattern is only tested, and the text cut
// out by its known place: a match array for each of a workbook's hundreds of items was a tenth
// of what reading the sample workbooks allocated.
function readPlainItems(xml: string, at: number, strings: string[]): number {
  let i = at;
  for (;;) {
    plainItem.lastIndex = i;
    if (!plainItem.test(xml)) return i;
    const end = plainItem.lastIndex;
    const start =
      xml.charCodeAt(i + textAfterStart - 1) === 0x3e ? textAfterStart : textAfterPreserve;
    strings.push(unescapeRunText(xml.slice(i + start, end - endTagsLength)));
    i = end;
  }
}
