import { crc32, inflateRawSync } from "node:zlib";

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated (the only two read). */
  readonly method: 0 | 8;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's compressed bytes begin. */
  readonly dataOffset: number;
}

/** Options of {@link readZipArchive} and {@link inflateZipEntry}. */
export interface ZipLimits {
  /**
   * **DECISION**: the most entries an archive may have; more are not read (a report workbook
   * has about ten). Default 1,000.
   */
  readonly maxEntries?: number;
  /**
   * **DECISION**: the largest uncompressed size of one entry, and of all entries together, in
   * bytes, so that a zip bomb is refused before it is inflated. Default 64 MiB.
   */
  readonly maxInflatedBytes?: number;
}

/**
 * The defaults of {@link ZipLimits}.
 *
 * @example
 * zipLimitsDefaults.maxEntries //=> 1000
 */
export const zipLimitsDefaults: Required<ZipLimits> = {
  maxEntries: 1000,
  maxInflatedBytes: 64 * 1024 * 1024,
};

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;

/**
 * The entries of a zip archive, read from its central directory, or `undefined` for anything
 * this reader does not read exactly as JSZip (exceljs's unzipper) does: zip64, split or
 * encrypted archives, bytes before or between the parts, methods other than stored and
 * deflate, non-ASCII or duplicate names, Unicode path fields. Folders are left out, as exceljs
 * leaves them. Never throws.
 *
 * @example
 * readZipArchive(new Uint8Array([1, 2, 3])) //=> undefined
 */
export function readZipArchive(
  bytes: Uint8Array,
  limits: ZipLimits = {},
): Map<string, ZipEntry> | undefined {
  const { maxEntries, maxInflatedBytes } = { ...zipLimitsDefaults, ...limits };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) return undefined;
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const entriesHere = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== count) return undefined;
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    return undefined; // zip64
  }
  if (count > maxEntries || directoryOffset + directorySize !== end) return undefined;
  const entries = new Map<string, ZipEntry>();
  const folderNames = new Set<string>();
  let at = directoryOffset;
  let total = 0;
  // Local parts must follow one another from the first byte, as a writer lays them out.
  let expectedLocal = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== centralHeader) return undefined;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entryDisk = view.getUint16(at + 34, true);
    const externalAttributes = view.getUint32(at + 38, true);
    const offset = view.getUint32(at + 42, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end || entryDisk !== 0) return undefined;
    // Bit 0 encrypted, bit 6 strong encryption, bit 13 masked headers.
    if ((flags & 0x2041) !== 0 || (method !== 0 && method !== 8)) return undefined;
    if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) {
      return undefined;
    }
    const name = asciiName(bytes, at + 46, nameLength);
    if (name === undefined || name.startsWith("/") || entries.has(name)) return undefined;
    // A folder (by its name or attributes, as JSZip tells them): listed, never read by exceljs.
    const folder =
      name.endsWith("/") ||
      (externalAttributes & 0x10) !== 0 ||
      ((externalAttributes >>> 16) & 0xf000) === 0x4000;
    if (hasExtraFieldNotRead(view, at + 46 + nameLength, extraLength)) return undefined;
    if (method === 0 && compressedSize !== size) return undefined;
    total += size;
    if (size > maxInflatedBytes || total > maxInflatedBytes) return undefined;
    if (offset !== expectedLocal || offset + 30 > directoryOffset) return undefined;
    if (view.getUint32(offset, true) !== localHeader) return undefined;
    const localNameLength = view.getUint16(offset + 26, true);
    const localExtraLength = view.getUint16(offset + 28, true);
    if (localNameLength !== nameLength) return undefined;
    if (!sameBytes(bytes, offset + 30, at + 46, nameLength)) return undefined;
    const dataOffset = offset + 30 + localNameLength + localExtraLength;
    let dataEnd = dataOffset + compressedSize;
    if ((flags & 0x8) !== 0)
      dataEnd = afterDataDescriptor(view, dataEnd, crc, compressedSize, size);
    if (dataEnd < 0 || dataEnd > directoryOffset) return undefined;
    expectedLocal = dataEnd;
    if (folder) {
      if (size !== 0 || folderNames.has(name)) return undefined;
      folderNames.add(name);
    } else {
      entries.set(name, { name, method, crc, compressedSize, size, dataOffset });
    }
    at = next;
  }
  if (at !== end || expectedLocal !== directoryOffset) return undefined;
  return entries;
}

/**
 * An entry's uncompressed bytes, or `undefined` when they do not inflate to exactly the size and
 * CRC-32 the directory gives (a damaged entry, a zip bomb). Never throws.
 *
 * @example
 * inflateZipEntry(bytes, entries.get("xl/workbook.xml")!)?.length //=> 812
 */
export function inflateZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ZipLimits = {},
): Uint8Array | undefined {
  const { maxInflatedBytes } = { ...zipLimitsDefaults, ...limits };
  if (entry.size > maxInflatedBytes) return undefined;
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else {
    try {
      // One byte more than expected, so that a stream longer than declared is noticed; one
      // output chunk of that size, so that zlib neither allocates 16 KiB nor joins chunks.
      const room = entry.size + 1;
      out = inflateRawSync(data, { maxOutputLength: room, chunkSize: Math.max(64, room) });
    } catch {
      return undefined;
    }
  }
  if (out.length !== entry.size || crc32(out) >>> 0 !== entry.crc) return undefined;
  return out;
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  // The record ends the file unless a comment follows it (at most 65,535 bytes).
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      return at + 22 + view.getUint16(at + 20, true) === view.byteLength ? at : undefined;
    }
  }
  return undefined;
}

function asciiName(bytes: Uint8Array, start: number, length: number): string | undefined {
  if (length === 0 || start + length > bytes.length) return undefined;
  let name = "";
  for (let i = start; i < start + length; i++) {
    const b = bytes[i] as number;
    // Printable ASCII without the backslash (JSZip would keep it; some tools read it as "/").
    if (b < 0x20 || b > 0x7e || b === 0x5c) return undefined;
    name += String.fromCharCode(b);
  }
  return name;
}

// Whether the `length` bytes at `a` and at `b` are the same (a local header's name and the
// directory's, compared without making a second string of it).
function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  if (a + length > bytes.length || b + length > bytes.length) return false;
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

// Unicode path (0x7075) and zip64 (0x0001) fields change what JSZip reads; a malformed list too.
function hasExtraFieldNotRead(view: DataView, start: number, length: number): boolean {
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    if (id === 0x7075 || id === 0x0001) return true;
    at += 4 + view.getUint16(at + 2, true);
  }
  return at !== start + length;
}

// A data descriptor (written when the sizes were unknown in advance): optional signature, then
// CRC-32 and the two sizes, which must agree with the central directory. Returns where it ends.
function afterDataDescriptor(
  view: DataView,
  at: number,
  crc: number,
  compressedSize: number,
  size: number,
): number {
  if (at + 12 > view.byteLength) return -1;
  const signed = view.getUint32(at, true) === 0x08074b50;
  const start = signed ? at + 4 : at;
  if (start + 12 > view.byteLength) return -1;
  const same =
    view.getUint32(start, true) === crc &&
    view.getUint32(start + 4, true) === compressedSize &&
    view.getUint32(start + 8, true) === size;
  return same ? start + 12 : -1;
}
