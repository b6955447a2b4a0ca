import { isUtf8 } from "node:buffer";

/**
 * The attributes of the element just opened, by name, with references decoded. Valid only
 * during {@link XmlVisitor.open}: the scanner reads them from the text when asked, so that
 * elements whose attributes no one reads cost no strings.
 */
export interface XmlAttributes {
  get(name: string): string | undefined;
}

/** What {@link scanXml} tells as it reads: elements opened and closed, text between them. */
export interface XmlVisitor {
  /** An element opens; `depth` 0 is the root. Returning `false` stops the scan (declined). */
  open(name: string, attributes: XmlAttributes, depth: number): boolean;
  /** Text inside an element (never empty), references decoded. */
  text(text: string, depth: number): void;
  /** An element closes (a self-closing one closes right after it opens). */
  close(name: string, depth: number): void;
}

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
  if (/[\u0000-\u0008\u000b-\u001f\ufeff\ufffe\uffff]/.test(text) || text.includes("]]>")) {
    return undefined;
  }
  return text;
}

const declaration =
  /^<\?xml[ \t\n]+version=(["'])1\.0\1([ \t\n]+encoding=(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\n]+standalone=(["'])(yes|no)\5)?[ \t\n]*\?>/;
const reference = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
// More attributes on one element than any part of a workbook has.
const maxAttributes = 64;
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
  const attributes = new AttributeTable(xml);
  let rootDone = false;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (stack.length === 0) {
      for (let k = i, end = lt === -1 ? n : lt; k < end; k++) {
        const c = xml.charCodeAt(k);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a) return false;
      }
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
    if (xml.charCodeAt(i) === 0x2f /* / */) {
      // A closing tag must name the element open, then may have spaces before ">".
      const name = stack.pop();
      if (name === undefined || !xml.startsWith(name, i + 1)) return false;
      let k = skipSpace(xml, i + 1 + name.length);
      if (xml.charCodeAt(k) !== 0x3e) return false;
      visitor.close(name, stack.length);
      if (stack.length === 0) rootDone = true;
      i = k + 1;
      continue;
    }
    let j = nameEnd(xml, i);
    if (j === i) return false;
    const name = xml.slice(i, j);
    attributes.count = 0;
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
      let e = nameEnd(xml, k);
      // Duplicates are looked for among the attributes read: a bounded number keeps that cheap.
      if (k === j || e === k || attributes.count >= maxAttributes || attributes.has(k, e)) {
        return false;
      }
      const nameStop = e;
      e = skipSpace(xml, e);
      if (xml.charCodeAt(e) !== 0x3d /* = */) return false;
      e = skipSpace(xml, e + 1);
      const quote = xml.charCodeAt(e);
      if (quote !== 0x22 && quote !== 0x27) return false;
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", e + 1);
      if (close === -1) return false;
      let references = false;
      for (let v = e + 1; v < close; v++) {
        const c = xml.charCodeAt(v);
        // "<" is an error for the parser; tabs and newlines it would turn into spaces.
        if (c === 0x3c || c === 0x09 || c === 0x0a) return false;
        if (c === 0x26) references = true;
      }
      if (references && decodeReferences(xml.slice(e + 1, close)) === undefined) return false;
      attributes.add(k, nameStop, e + 1, close, references);
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

// The attributes of the element being read, as positions in the text.
class AttributeTable implements XmlAttributes {
  count = 0;
  // Per attribute: name start, name end, value start, value end, 1 if it has references.
  private readonly at: number[] = [];
  constructor(private readonly xml: string) {}

  add(name: number, nameStop: number, value: number, valueStop: number, references: boolean) {
    const a = this.count++ * 5;
    const at = this.at;
    at[a] = name;
    at[a + 1] = nameStop;
    at[a + 2] = value;
    at[a + 3] = valueStop;
    at[a + 4] = references ? 1 : 0;
  }

  // Whether an attribute of the same name (at start…stop in the text) was read already.
  has(start: number, stop: number): boolean {
    const { at, xml } = this;
    for (let a = 0; a < this.count * 5; a += 5) {
      const from = at[a] as number;
      if ((at[a + 1] as number) - from !== stop - start) continue;
      let same = true;
      for (let k = 0; k < stop - start && same; k++) {
        same = xml.charCodeAt(from + k) === xml.charCodeAt(start + k);
      }
      if (same) return true;
    }
    return false;
  }

  get(name: string): string | undefined {
    const { at, xml } = this;
    for (let a = 0; a < this.count * 5; a += 5) {
      const from = at[a] as number;
      if ((at[a + 1] as number) - from !== name.length || !xml.startsWith(name, from)) continue;
      const raw = xml.slice(at[a + 2], at[a + 3]);
      return at[a + 4] === 1 ? decodeReferences(raw) : raw;
    }
    return undefined;
  }
}

// Where an ASCII XML name starting at `at` ends (`at` itself when there is none).
function nameEnd(xml: string, at: number): number {
  const first = xml.charCodeAt(at);
  const letter = (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a);
  if (!letter && first !== 0x5f) return at;
  let i = at + 1;
  while (isNameChar(xml.charCodeAt(i))) i++;
  return i;
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
