import { isUtf8 } from "node:buffer";

// The text of an XML part as the strict reader takes it: decoded from UTF-8 whole
// (decodeXmlPart), or kept as one character per byte for scanXml's `utf8Bytes` mode
// (decodeXmlBytes), each declining what the reader does not expect.

/**
 * An XML part's text, or `undefined` when it is not plain UTF-8 as this reader expects it
 * (invalid bytes, a byte-order mark, carriage returns, characters XML forbids, `]]>`).
 *
 * @example
 * decodeXmlPart(new TextEncoder().encode("<a/>")) //=> "<a/>"
 */
export function decodeXmlPart(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  // Carriage returns would be normalised by the XML parser; the rest are errors for it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the control characters XML forbids is the point
  if (/[\u0000-\u0008\u000b-\u001f\ufeff\ufffe\uffff]/.test(text) || text.includes("]]>")) {
    return undefined;
  }
  return text;
}

/**
 * An XML part's UTF-8 bytes as a text of one character per byte (as Latin-1 decodes them), or
 * `undefined` when {@link decodeXmlPart} would decline them. Markup is ASCII, so
 * `scanXml` (xml-scanner.ts) reads this text as it reads `decodeXmlPart`'s when told
 * `{ utf8Bytes: true }`, and decodes only the texts and values that hold other than ASCII: for a
 * worksheet whose Chinese is in parts passed over (data validations), that spares decoding it
 * all and makes a text half the size.
 *
 * @example
 * decodeXmlBytes(new TextEncoder().encode("<a>中</a>")) //=> "<a>\u00e4\u00b8\u00ad</a>"
 */
export function decodeXmlBytes(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  // As decodeXmlPart: U+FEFF, U+FFFE and U+FFFF are these byte sequences in UTF-8.
  if (
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the control characters XML forbids is the point
    /[\u0000-\u0008\u000b-\u001f]/.test(text) ||
    text.includes("]]>") ||
    text.includes("\u00ef\u00bb\u00bf") ||
    text.includes("\u00ef\u00bf\u00be") ||
    text.includes("\u00ef\u00bf\u00bf")
  ) {
    return undefined;
  }
  return text;
}
