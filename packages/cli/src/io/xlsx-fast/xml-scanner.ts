/** The attributes of an element, by name, with references decoded. */
export type XmlAttributes = Readonly<Record<string, string>>;

/** What {@link scanXml} tells as it reads: elements opened and closed, text between them. */
export interface XmlVisitor {
  /** An element opens; `depth` 0 is the root. Returning `false` stops the scan (declined). */
  open(name: string, attributes: XmlAttributes, depth: number): boolean;
  /** Text inside an element (never empty), references decoded. */
  text(text: string, depth: number): void;
  /** An element closes (a self-closing one closes right after it opens). */
  close(name: string, depth: number): void;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * An XML part's text, or `undefined` when it is not plain UTF-8 as this reader expects it
 * (invalid bytes, a byte-order mark, carriage returns, characters XML forbids, `]]>`).
 *
 * @example
 * decodeXmlPart(new TextEncoder().encode("<a/>")) //=> "<a/>"
 */
export function decodeXmlPart(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  // Carriage returns would be normalised by the XML parser; the rest are errors for it.
  if (/[\u0000-\u0008\u000b-\u001f\ufeff\ufffe\uffff]|\]\]>/.test(text)) return undefined;
  return text;
}

const declaration =
  /^<\?xml[ \t\n]+version=(["'])1\.0\1([ \t\n]+encoding=(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\n]+standalone=(["'])(yes|no)\5)?[ \t\n]*\?>/;
const nameStart = /[A-Za-z_]/;
const reference = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Reads an XML document strictly: an optional declaration, one root element, elements with
 * quoted attributes, text, the five predefined entities and character references. Anything
 * else — comments, CDATA, processing instructions, a DOCTYPE, non-ASCII names, whitespace
 * inside attribute values (which a parser normalises), an undefined entity, a duplicate
 * attribute, mismatched tags — returns `false`, so what it accepts a conforming parser (saxes,
 * under exceljs) reads to the same elements and text. Never throws.
 *
 * @example
 * scanXml("<a b=\"1\">x &amp; y</a>", visitor) //=> true
 */
export function scanXml(xml: string, visitor: XmlVisitor): boolean {
  const n = xml.length;
  let i = 0;
  const head = declaration.exec(xml);
  if (head) i = head[0].length;
  else if (xml.startsWith("<?")) return false;
  const stack: string[] = [];
  let rootDone = false;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (stack.length === 0) {
      const gap = xml.slice(i, lt === -1 ? n : lt);
      if (!/^[ \t\n]*$/.test(gap)) return false;
      if (lt === -1) break;
      if (rootDone) return false;
    } else {
      if (lt === -1) return false;
      if (lt > i) {
        const text = decodeReferences(xml.slice(i, lt));
        if (text === undefined) return false;
        visitor.text(text, stack.length - 1);
      }
    }
    i = lt + 1;
    const c = xml.charCodeAt(i);
    if (c === 0x2f /* / */) {
      const end = xml.indexOf(">", i);
      if (end === -1) return false;
      const name = xml.slice(i + 1, end).replace(/[ \t\n]+$/, "");
      if (stack.pop() !== name) return false;
      visitor.close(name, stack.length);
      if (stack.length === 0) rootDone = true;
      i = end + 1;
      continue;
    }
    let j = i;
    if (!nameStart.test(xml.charAt(j))) return false;
    while (j < n && isNameChar(xml.charCodeAt(j))) j++;
    const name = xml.slice(i, j);
    const attributes: Record<string, string> = Object.create(null);
    let selfClosing = false;
    for (;;) {
      const k = skipSpace(xml, j);
      const d = xml.charCodeAt(k);
      if (d === 0x3e /* > */) {
        j = k + 1;
        break;
      }
      if (d === 0x2f /* / */ && xml.charCodeAt(k + 1) === 0x3e) {
        selfClosing = true;
        j = k + 2;
        break;
      }
      if (k === j || !nameStart.test(xml.charAt(k))) return false;
      let e = k;
      while (e < n && isNameChar(xml.charCodeAt(e))) e++;
      const attribute = xml.slice(k, e);
      e = skipSpace(xml, e);
      if (xml.charCodeAt(e) !== 0x3d /* = */) return false;
      e = skipSpace(xml, e + 1);
      const quote = xml.charAt(e);
      if (quote !== '"' && quote !== "'") return false;
      const close = xml.indexOf(quote, e + 1);
      if (close === -1) return false;
      const raw = xml.slice(e + 1, close);
      if (/[<\t\n]/.test(raw) || attribute in attributes) return false;
      const value = decodeReferences(raw);
      if (value === undefined) return false;
      attributes[attribute] = value;
      j = close + 1;
    }
    if (rootDone && stack.length === 0) return false;
    if (!visitor.open(name, attributes, stack.length)) return false;
    if (selfClosing) {
      visitor.close(name, stack.length);
      if (stack.length === 0) rootDone = true;
    } else {
      stack.push(name);
    }
    i = j;
  }
  return rootDone && stack.length === 0;
}

function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x3a
  );
}

function skipSpace(xml: string, at: number): number {
  let i = at;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a) return i;
    i++;
  }
}

function decodeReferences(raw: string): string | undefined {
  if (!raw.includes("&")) return raw;
  let valid = true;
  const text = raw.replace(reference, (_, hex?: string, decimal?: string, entity?: string) => {
    if (entity !== undefined) return named[entity] as string;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    if (!isXmlChar(code)) {
      valid = false;
      return "";
    }
    return String.fromCodePoint(code);
  });
  if (!valid) return undefined;
  // A "&" left over was not a reference the parser knows.
  const leftover = raw.replace(reference, "");
  return leftover.includes("&") ? undefined : text;
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
