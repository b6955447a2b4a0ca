import { crc32, deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportFileBytes, reportSheetModel } from "../../src/io/write-report-file.js";
import { readXlsxFast } from "../../src/io/xlsx-fast/read-xlsx-fast.js";
import { inflateZipEntry, readZipArchive } from "../../src/io/xlsx-fast/zip-archive.js";
import { loadWorkbook, worksheetGrid } from "../../src/io/xlsx-grid.js";
import { syntheticReport } from "../support/synthetic-reports.js";

// Every file here is SYNTHETIC: random bytes, or a synthetic report's workbook damaged on purpose.

const good = await reportFileBytes(reportSheetModel(syntheticReport("441400", "2017-03")), "xlsx");

/** The fast reader's grids, or "unsupported"; fails the test if it throws. */
function fast(bytes: Uint8Array) {
  const sheets = readXlsxFast(bytes);
  return sheets === "unsupported" ? sheets : sheets.map((s) => s.grid());
}

describe("the fast xlsx reader never throws and bounds its work", () => {
  it("declines random bytes, with or without a zip signature", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 4096 }), (signed, tail) => {
        const bytes = signed ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]) : tail;
        expect(fast(bytes)).toBe("unsupported");
      }),
      { numRuns: 300 },
    );
  });

  it("declines every truncation of a good workbook", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), (length) => {
        expect(fast(good.subarray(0, length))).toBe("unsupported");
      }),
      { numRuns: 200 },
    );
  });

  it("reads a damaged workbook as exceljs does, or declines it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.nat({ max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (changes) => {
          const bytes = good.slice();
          for (const [at, value] of changes) bytes[at] = value;
          const grids = fast(bytes);
          if (grids === "unsupported") return;
          // Read: exceljs must read the same (the damage was somewhere neither reads).
          const workbook = await loadWorkbook(bytes);
          expect(grids).toStrictEqual(workbook?.worksheets.map((s) => worksheetGrid(s)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses a zip bomb before inflating it", () => {
    // One entry claiming 8 bytes that inflates to 64 MiB of zeros.
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
    const bytes = zipOf("xl/worksheets/sheet1.xml", bomb, 8);
    expect(readZipArchive(bytes)).toBeDefined();
    expect(readXlsxFast(bytes, { maxInflatedBytes: 1024 })).toBe("unsupported");
    expect(readXlsxFast(bytes)).toBe("unsupported");
  });

  it("refuses archives with more entries than allowed", () => {
    expect(readZipArchive(good, { maxEntries: 3 })).toBeUndefined();
    expect(readZipArchive(good)?.size).toBeGreaterThan(3);
  });
});

// A one-entry zip whose directory claims `size` uncompressed bytes.
function zipOf(name: string, data: Uint8Array, size: number): Uint8Array {
  return zipArchive([{ name, data, size, crc: 0 }]);
}

interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly size: number;
  readonly crc: number;
}

/** A zip of deflated entries, laid out as a writer lays it out. */
function zipArchive(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data, size, crc } of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directorySize = directory.reduce((n, d) => n + d.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

/** The good workbook's parts as text, by name. */
function goodParts(): Map<string, string> {
  const parts = new Map<string, string>();
  for (const entry of readZipArchive(good)?.values() ?? []) {
    parts.set(entry.name, Buffer.from(inflateZipEntry(good, entry) ?? []).toString("utf8"));
  }
  return parts;
}

/** A workbook of these parts, deflated, with true sizes and checksums. */
export function workbookOf(parts: Map<string, string>): Uint8Array {
  return zipArchive(
    [...parts].map(([name, text]) => {
      const raw = Buffer.from(text, "utf8");
      return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) >>> 0 };
    }),
  );
}

describe("the fast xlsx reader reads XML that is not quite right as exceljs does, or declines", () => {
  const parts = goodParts();
  const names = [
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "docProps/core.xml",
  ];
  const pieces = [
    "<",
    ">",
    "/",
    "&",
    ";",
    "&amp;",
    "&#65;",
    "&#0;",
    '"',
    "'",
    "=",
    " ",
    "\n",
    "\t",
    "\r",
    "<c>",
    "</c>",
    "<v>1</v>",
    "<t>",
    "</t>",
    "<f>1+1</f>",
    't="s"',
    't="str"',
    't="b"',
    't="e"',
    's="1"',
    "r=",
    "A1",
    "<!--x-->",
    "<![CDATA[x]]>",
    "_x000A_",
    "<r><t>x</t></r>",
    '<mergeCell ref="A1:B2"/>',
    "\u00e9",
    "\u4e2d",
    "\ufeff",
    "0",
    "9",
    "-",
    ".",
  ];

  // Pieces that keep the XML well formed where text is: what exceljs must read the same.
  const textPieces = [
    "0",
    "9",
    "-",
    ".",
    " ",
    "e5",
    "x",
    "\u00e9",
    "\u4e2d",
    "&amp;",
    "&lt;",
    "&#65;",
    "&#x4e2d;",
    "_x000A_",
    "&amp;lt;",
    '"',
    "'",
    ";",
    ">",
  ];

  it.each([
    ["random pieces anywhere", pieces, 400],
    ["text pieces where text is", textPieces, 300],
  ] as const)("for %s", async (_, choices, numRuns) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(0, 0, 0, 1, 3),
            fc.constantFrom(...choices),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        async (name, edits) => {
          const changed = new Map(parts);
          let text = changed.get(name) as string;
          for (const [where, cut, piece, afterTag] of edits) {
            const textOnly = choices === textPieces;
            // Half the edits (text pieces: all) go right after a tag or inside a value.
            const ends =
              afterTag || textOnly
                ? [...text.matchAll(/>|="/g)].map((m) => m.index + m[0].length)
                : [];
            const at =
              ends.length > 0 ? (ends[where % ends.length] as number) : where % text.length;
            text = text.slice(0, at) + piece + text.slice(at + (textOnly ? 0 : cut));
          }
          changed.set(name, text);
          const bytes = workbookOf(changed);
          const grids = fast(bytes);
          if (grids === "unsupported") return;
          const workbook = await loadWorkbook(bytes);
          expect(grids).toStrictEqual(workbook?.worksheets.map((s) => worksheetGrid(s)));
        },
      ),
      { numRuns },
    );
  });

  it("reads the good workbook rebuilt from its parts", async () => {
    const bytes = workbookOf(parts);
    const workbook = await loadWorkbook(bytes);
    expect(fast(bytes)).toStrictEqual(workbook?.worksheets.map((s) => worksheetGrid(s)));
  });
});
