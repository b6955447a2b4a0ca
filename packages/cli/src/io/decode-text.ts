import { iconvLite } from "./lazy-dependencies.js";

/** The text encodings a CSV file saved by Excel (Chinese or English edition) arrives in. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Guesses the encoding of a text file from its first bytes: a byte-order mark decides (UTF-8,
 * UTF-16 LE as Excel's "Unicode text" writes, UTF-16 BE); otherwise bytes that are valid UTF-8
 * are UTF-8, and anything else is GB18030 — a superset of GBK, which Chinese Excel uses for
 * "CSV (逗号分隔)". A multi-byte character cut at the end of `head` does not count against UTF-8.
 *
 * @example
 * detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) //=> "utf-8-bom"
 * detectEncoding(new Uint8Array([0xc4, 0xea])) //=> "gb18030" ("年" in GBK)
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8-bom";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

/**
 * Decodes a whole text file, dropping any byte-order mark.
 *
 * @example
 * decodeText(iconv.encode("报送月份", "gbk")) //=> { text: "报送月份", encoding: "gb18030" }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  return { text: decodeAs(bytes, encoding), encoding };
}

/**
 * Decodes bytes in a known encoding, dropping a byte-order mark.
 *
 * @example
 * decodeAs(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "utf-8-bom") //=> "A"
 */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  switch (encoding) {
    case "utf-8":
    case "utf-8-bom":
      // Not fatal here: detection looked at the bytes already, a stray byte becomes U+FFFD.
      return new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
    default:
      return iconvLite().decode(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        iconvName(encoding),
      );
  }
}

/**
 * The iconv-lite name of an encoding (iconv-lite strips a BOM itself).
 *
 * @example
 * iconvName("utf-8-bom") //=> "utf8"
 */
export function iconvName(encoding: TextEncoding): string {
  switch (encoding) {
    case "utf-8":
    case "utf-8-bom":
      return "utf8";
    case "utf-16le":
      return "utf16le";
    case "utf-16be":
      return "utf16be";
    case "gb18030":
      return "gb18030";
  }
}
