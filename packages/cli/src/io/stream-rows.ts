import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { LocalizedText } from "@zhucan/domain";
import type ExcelJS from "exceljs";
import type { GridCell } from "./cell-grid.js";
import { sniffDelimiter } from "./csv-grid.js";
import { decodeAs, detectEncoding, iconvName, type TextEncoding } from "./decode-text.js";
import { csvParseStream, iconvLite } from "./lazy-dependencies.js";
import { loadExcelJS } from "./load-exceljs.js";
import { SharedStringStore } from "./shared-string-store.js";
import { cellValue, gridCell } from "./xlsx-grid.js";

/** One row of a streamed sheet: its 1-based number and its cells (`cells[column - 1]`). */
export interface StreamedRow {
  readonly row: number;
  readonly cells: readonly (GridCell | undefined)[];
  /** The worksheet's name (xlsx only). */
  readonly sheet?: string;
}

/** Why a streamed file could not be read to its end (a damaged workbook, a bad byte sequence). */
export class RowStreamError extends Error {
  readonly code: string;
  readonly text: LocalizedText;
  constructor(code: string, text: LocalizedText) {
    super(text.en);
    this.name = "RowStreamError";
    this.code = code;
    this.text = text;
  }
}

const headBytes = 64 * 1024;

/**
 * Streams the rows of a large xlsx or CSV file without holding it in memory: exceljs's
 * streaming `WorkbookReader` for xlsx (first worksheet only), `csv-parse` for CSV decoded on
 * the fly (UTF-8 with or without BOM, UTF-16 with BOM, GBK/GB18030). Throws a
 * {@link RowStreamError} when the file cannot be read to its end.
 *
 * @example
 * for await (const { row, cells } of streamRows("youths.csv", "text")) count++;
 */
export async function* streamRows(
  path: string,
  kind: "xlsx" | "text",
): AsyncGenerator<StreamedRow> {
  if (kind === "xlsx") yield* streamXlsxRows(path);
  else yield* streamCsvRows(path);
}

async function* streamXlsxRows(path: string): AsyncGenerator<StreamedRow> {
  // Shared strings are emitted, not cached by exceljs, so that they live off the heap
  // (SharedStringStore); exceljs then reads every worksheet after all of them.
  const { stream } = await loadExcelJS();
  const reader = new stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "emit",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  const strings = new SharedStringStore();
  let first = true;
  try {
    for await (const item of reader.parse() as unknown as AsyncIterable<ReaderItem>) {
      if ("index" in item) {
        strings.add(sharedText(item.text));
        continue;
      }
      if (item.eventType !== "worksheet") continue;
      const worksheet = item.value as ExcelJS.stream.xlsx.WorksheetReader;
      const sheet = sheetName(reader, worksheet);
      for await (const row of worksheet) {
        // Later sheets (instructions, lists) are read through but not yielded.
        if (!first) continue;
        const cells: (GridCell | undefined)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          const shared = (cell.value as { sharedString?: unknown } | null)?.sharedString;
          cells[column - 1] =
            typeof shared === "number"
              ? { value: strings.get(shared) ?? null }
              : gridCell(cellValue(cell));
        });
        yield { row: row.number, cells, ...(sheet !== undefined && { sheet }) };
      }
      first = false;
    }
  } catch (error) {
    if (error instanceof RowStreamError) throw error;
    throw new RowStreamError("file-corrupt", {
      "zh-CN": "无法作为 xlsx 工作簿读取：文件已损坏、不完整，或不是 Excel 文件",
      en: "Cannot read it as an xlsx workbook: the file is damaged, incomplete, or not an Excel file",
    });
  } finally {
    // A reader that stops early (no header found) closes the file.
    (reader as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  }
}

// What exceljs's parse() yields: shared strings as { index, text }, other parts as events.
type ReaderItem = { index: number; text: unknown } | { eventType: string; value: unknown };

function sharedText(text: unknown): string {
  if (typeof text === "string") return text;
  const rich = (text as { richText?: { text?: unknown }[] } | null)?.richText;
  return rich ? rich.map((r) => (typeof r.text === "string" ? r.text : "")).join("") : "";
}

// The streaming reader names sheets "Sheet<n>"; the workbook part knows the real names.
function sheetName(reader: unknown, worksheet: unknown): string | undefined {
  const r = reader as {
    model?: { sheets?: { name: string; rId: string }[] };
    workbookRels?: { Id: string; Target: string }[];
  };
  const id = (worksheet as { id?: unknown }).id;
  const rel = r.workbookRels?.find((x) => x.Target.endsWith(`sheet${String(id)}.xml`));
  return (
    r.model?.sheets?.find((s) => s.rId === rel?.Id)?.name ?? (worksheet as { name?: string }).name
  );
}

async function* streamCsvRows(path: string): AsyncGenerator<StreamedRow> {
  const head = new Uint8Array(headBytes);
  const handle = await open(path, "r");
  let length: number;
  try {
    ({ bytesRead: length } = await handle.read(head, 0, headBytes, 0));
  } finally {
    await handle.close();
  }
  const encoding = detectEncoding(head.subarray(0, length));
  const parser = csvParseStream().parse({
    delimiter: sniffDelimiter(decodeAs(head.subarray(0, length), encoding)),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  });
  const done = pipeline(createReadStream(path), decoder(encoding), parser).catch(
    (error: unknown) => {
      parser.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record.map((f) => ({ value: f.trim() === "" ? null : f })) };
    }
  } catch (error) {
    if (error instanceof RowStreamError) throw error;
    throw new RowStreamError("csv-malformed", {
      "zh-CN": `CSV 格式有误（第 ${row + 1} 行附近）：可能有未配对的引号`,
      en: `The CSV is malformed (near row ${row + 1}): perhaps an unmatched quote`,
    });
  } finally {
    // A reader that stops early (no header found) closes the file; pipeline closes the rest.
    parser.destroy();
  }
  await done;
}

function decoder(encoding: TextEncoding): Transform {
  if (encoding === "utf-8" || encoding === "utf-8-bom") return new Utf8Decoder();
  return iconvLite().decodeStream(iconvName(encoding)) as unknown as Transform;
}

// A UTF-8 file that turns out not to be UTF-8 after the first 64 KB: say so, do not guess.
class Utf8Decoder extends Transform {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  constructor() {
    super({ decodeStrings: true, encoding: "utf8" });
  }
  override _transform(chunk: Buffer, _: BufferEncoding, callback: TransformCallback): void {
    try {
      callback(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      callback(invalidUtf8());
    }
  }
  override _flush(callback: TransformCallback): void {
    try {
      callback(null, this.decoder.decode());
    } catch {
      callback(invalidUtf8());
    }
  }
}

function invalidUtf8(): RowStreamError {
  return new RowStreamError("encoding-mixed", {
    "zh-CN": "文件开头是 UTF-8 编码，后面却有不是 UTF-8 的内容：请在 Excel 中重新另存为“CSV UTF-8”",
    en: 'The file starts as UTF-8 but has bytes further on that are not UTF-8: save it again from Excel as "CSV UTF-8"',
  });
}
