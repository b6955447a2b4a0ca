import { crc32, deflateRawSync } from "node:zlib";
import { inflateZipEntry, readZipArchive } from "../../src/io/xlsx-fast/zip-archive.js";

// Zips for the fast reader's tests, built here so that each part can be changed on purpose.

// A one-entry zip whose directory claims `size` uncompressed bytes.
export function zipOf(name: string, data: Uint8Array, size: number): Uint8Array {
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

/** A workbook's parts as text, by name. */
export function partsOf(workbook: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const entry of readZipArchive(workbook)?.values() ?? []) {
    parts.set(entry.name, Buffer.from(inflateZipEntry(workbook, entry) ?? []).toString("utf8"));
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
