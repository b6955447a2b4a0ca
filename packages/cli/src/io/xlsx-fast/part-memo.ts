import { decodeXmlPart } from "./xml-part-text.js";
import { inflateZipEntry, type ZipEntry, type ZipLimits } from "./zip-archive.js";

/** What a part was read as (`undefined`: it could not be), by the reader given to the memo. */
type PartReading = object | undefined;

/** A part read before: its compressed bytes and how it was stored, and what it was read as. */
interface ReadPart {
  readonly compressed: Buffer;
  readonly method: number;
  readonly size: number;
  readonly crc: number;
  readonly reader: (xml: string) => PartReading;
  readonly reading: PartReading;
}

/**
 * Reads zip parts through their XML, remembering the last part read under each name: the
 * workbooks of a folder of reports, made from one template, share their workbook,
 * relationships and styles parts byte for byte, and a part whose compressed bytes, method,
 * size and CRC-32 are those of the one before is the same text, so it reads the same. Only
 * readers of the text alone, whose readings are never changed, may be used.
 *
 * @example
 * const memo = new PartMemo();
 * memo.read(bytes, entry, limits, readStylesPart)?.count //=> 6
 */
export class PartMemo {
  private readonly parts = new Map<string, ReadPart>();

  /** The part read by `reader`, or `undefined` when it does not inflate, decode or read. */
  read<T extends object>(
    bytes: Uint8Array,
    entry: ZipEntry,
    limits: ZipLimits,
    reader: (xml: string) => T | undefined,
  ): T | undefined {
    const compressed = Buffer.from(
      bytes.buffer,
      bytes.byteOffset + entry.dataOffset,
      entry.compressedSize,
    );
    const known = this.parts.get(entry.name);
    if (
      known !== undefined &&
      known.reader === reader &&
      known.method === entry.method &&
      known.size === entry.size &&
      known.crc === entry.crc &&
      known.compressed.equals(compressed)
    ) {
      return known.reading as T | undefined;
    }
    const inflated = inflateZipEntry(bytes, entry, limits);
    const xml = inflated && decodeXmlPart(inflated);
    const reading = xml === undefined ? undefined : reader(xml);
    this.parts.set(entry.name, {
      compressed: Buffer.from(compressed),
      method: entry.method,
      size: entry.size,
      crc: entry.crc,
      reader,
      reading,
    });
    return reading;
  }
}
