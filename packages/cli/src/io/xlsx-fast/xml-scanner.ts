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
  /**
   * An element opens; `depth` 0 is the root. Returning `false` stops the scan (declined);
   * returning "skip" passes over the element's content, which is checked only for what makes
   * the document well formed (nothing in it is told), and then closes it.
   */
  open(name: string, attributes: XmlAttributes, depth: number): boolean | "skip";
  /** Text inside an element (never empty), references decoded. */
  text(text: string, depth: number): void;
  /** An element closes (a self-closing one closes right after it opens). */
  close(name: string, depth: number): void;
  /**
   * Optional: reads on, by itself, in the element `name` (at `depth`), from `at` — just after its
   * start tag or the end of one of its children — and returns where it stopped: after whole
   * child elements only, every one of which it must have read exactly as the scanner would have
   * told them (the scanner goes on from there); `at` to read none; -1 to stop the scan (declined).
   */
  content?(name: string, at: number, depth: number): number;
}

/** Options of {@link scanXml}. */
export interface ScanXmlOptions {
  /** The text holds the document's UTF-8 bytes, one per character (`decodeXmlBytes`, xml-part-text.ts). */
  readonly utf8Bytes?: boolean;
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
 * under exceljs) reads to the same elements and text. An element whose `open` returns "skip" is
 * passed over to its closing tag without telling its content (see {@link XmlVisitor.open}).
 * Never throws.
 *
 * @example
 * scanXml("<a b=\"1\">x &amp; y</a>", visitor) //=> true
 */
export function scanXml(xml: string, visitor: XmlVisitor, options: ScanXmlOptions = {}): boolean {
  const utf8Bytes = options.utf8Bytes === true;
  const n = xml.length;
  let i = 0;
  const head = declaration.exec(xml);
  if (head) i = head[0].length;
  else if (xml.startsWith("<?")) return false;
  const stack: string[] = [];
  const attributes = new AttributeTable(xml, utf8Bytes);
  const marks = new Marks(xml, i);
  let rootDone = false;
  while (i < n) {
    const lt = marks.lessThan(i);
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
        let raw = xml.slice(i, lt);
        if (utf8Bytes && marks.wideBefore(i, lt)) raw = fromUtf8Bytes(raw);
        const text = marks.ampersandBefore(i, lt) ? decodeReferences(raw) : raw;
        if (text === undefined) return false;
        visitor.text(text, stack.length - 1);
      }
    }
    i = lt + 1;
    if (xml.charCodeAt(i) === 0x2f /* / */) {
      // A closing tag must name the element open, then may have spaces before ">".
      const name = stack.pop();
      if (name === undefined || !xml.startsWith(name, i + 1)) return false;
      const k = skipSpace(xml, i + 1 + name.length);
      if (xml.charCodeAt(k) !== 0x3e) return false;
      visitor.close(name, stack.length);
      if (stack.length === 0) rootDone = true;
      i = k + 1;
      if (visitor.content !== undefined && stack.length > 0) {
        i = visitor.content(stack[stack.length - 1] as string, i, stack.length - 1);
        if (i === -1) return false;
      }
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
      // "<" is an error for the parser; tabs and newlines it would turn into spaces.
      if (close === -1 || !marks.plainValue(lt, e + 1, close)) return false;
      const references = marks.ampersandBefore(e + 1, close);
      if (references && decodeReferences(xml.slice(e + 1, close)) === undefined) return false;
      const wide = utf8Bytes && marks.wideBefore(e + 1, close);
      attributes.add(k, nameStop, e + 1, close, (references ? 1 : 0) | (wide ? 2 : 0));
      j = close + 1;
    }
    if (rootDone && stack.length === 0) return false;
    const opened = visitor.open(name, attributes, stack.length);
    if (!opened) return false;
    if (selfClosing) {
      visitor.close(name, stack.length);
      if (stack.length === 0) rootDone = true;
    } else if (opened === "skip") {
      j = skipContent(xml, j, name, marks);
      if (j === -1) return false;
      visitor.close(name, stack.length);
      if (stack.length === 0) rootDone = true;
    } else {
      stack.push(name);
      if (visitor.content !== undefined) {
        j = visitor.content(name, j, stack.length - 1);
        if (j === -1) return false;
      }
    }
    i = j;
  }
  return rootDone && stack.length === 0;
}

// Where the next "<", "&", tab, newline and character beyond ASCII are, each found by the
// engine's own search and moved on only when passed: the text is searched for each once in all,
// and a search runs at full speed from the first file on, where a loop over the characters runs
// slowly until the engine has compiled it (a third of the time of `zhucan build`'s first reports).
class Marks {
  private lt: number;
  private amp: number;
  private tab: number;
  private newline: number;
  private wide = -2;
  constructor(
    private readonly xml: string,
    from: number,
  ) {
    this.lt = xml.indexOf("<", from);
    this.amp = xml.indexOf("&", from);
    this.tab = xml.indexOf("\t", from);
    this.newline = xml.indexOf("\n", from);
  }

  // The first "<" at or after `at` (-1: none); `at` never moves back.
  lessThan(at: number): number {
    if (this.lt !== -1 && this.lt < at) this.lt = this.xml.indexOf("<", at);
    return this.lt;
  }

  // Whether there is an "&" in from…to; `from` never moves back.
  ampersandBefore(from: number, to: number): boolean {
    if (this.amp !== -1 && this.amp < from) this.amp = this.xml.indexOf("&", from);
    return this.amp !== -1 && this.amp < to;
  }

  // Whether there is a character beyond ASCII in from…to; `from` never moves back.
  wideBefore(from: number, to: number): boolean {
    if (this.wide !== -1 && this.wide < from) {
      beyondAscii.lastIndex = from;
      this.wide = beyondAscii.test(this.xml) ? beyondAscii.lastIndex - 1 : -1;
    }
    return this.wide !== -1 && this.wide < to;
  }

  // Whether the attribute value at from…to of the tag opened at `tag` has no "<", tab or newline.
  plainValue(tag: number, from: number, to: number): boolean {
    const next = this.lessThan(tag + 1);
    if (next !== -1 && next < to) return false;
    if (this.tab !== -1 && this.tab < from) this.tab = this.xml.indexOf("\t", from);
    if (this.tab !== -1 && this.tab < to) return false;
    if (this.newline !== -1 && this.newline < from) this.newline = this.xml.indexOf("\n", from);
    return this.newline === -1 || this.newline >= to;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is every ASCII character, NUL included
const beyondAscii = /[^\u0000-\u007f]/g;

// Passes over the content of the element `name` opened just before `at`, to the end of its
// closing tag, checking what makes the document well formed — tags nested and matched, ASCII
// names, quoted values without "<", known references — but not what changes only the values
// passed over (duplicate attributes, whitespace in values), and making no strings but the
// names of the elements inside. Returns where the closing tag ends, or -1.
function skipContent(xml: string, at: number, name: string, marks: Marks): number {
  const open: string[] = [name];
  let i = at;
  for (;;) {
    const lt = marks.lessThan(i);
    if (lt === -1) return -1;
    if (marks.ampersandBefore(i, lt) && decodeReferences(xml.slice(i, lt)) === undefined) {
      return -1;
    }
    if (xml.charCodeAt(lt + 1) === 0x2f /* / */) {
      const closing = open.pop() as string;
      if (!xml.startsWith(closing, lt + 2)) return -1;
      const k = skipSpace(xml, lt + 2 + closing.length);
      if (xml.charCodeAt(k) !== 0x3e) return -1;
      if (open.length === 0) return k + 1;
      i = k + 1;
      continue;
    }
    let j = nameEnd(xml, lt + 1);
    if (j === lt + 1) return -1;
    const element = xml.slice(lt + 1, j);
    for (;;) {
      const k = skipSpace(xml, j);
      const d = xml.charCodeAt(k);
      if (d === 0x3e /* > */) {
        open.push(element);
        j = k + 1;
        break;
      }
      if (d === 0x2f /* / */ && xml.charCodeAt(k + 1) === 0x3e) {
        j = k + 2;
        break;
      }
      let e = nameEnd(xml, k);
      if (k === j || e === k) return -1;
      e = skipSpace(xml, e);
      if (xml.charCodeAt(e) !== 0x3d /* = */) return -1;
      e = skipSpace(xml, e + 1);
      const quote = xml.charCodeAt(e);
      if (quote !== 0x22 && quote !== 0x27) return -1;
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", e + 1);
      const next = marks.lessThan(lt + 1);
      if (close === -1 || (next !== -1 && next < close)) return -1;
      if (marks.ampersandBefore(e + 1, close)) {
        if (decodeReferences(xml.slice(e + 1, close)) === undefined) return -1;
      }
      j = close + 1;
    }
    i = j;
  }
}

// The attributes of the element being read, as positions in the text.
class AttributeTable implements XmlAttributes {
  count = 0;
  // Per attribute: name start, name end, value start, value end, and flags: 1 if the value has
  // references, 2 if it has other than ASCII.
  private readonly at: number[] = [];
  constructor(
    private readonly xml: string,
    private readonly utf8Bytes: boolean,
  ) {}

  add(name: number, nameStop: number, value: number, valueStop: number, flags: number) {
    const a = this.count++ * 5;
    const at = this.at;
    at[a] = name;
    at[a + 1] = nameStop;
    at[a + 2] = value;
    at[a + 3] = valueStop;
    at[a + 4] = flags;
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
      const flags = at[a + 4] as number;
      let raw = xml.slice(at[a + 2], at[a + 3]);
      if ((flags & 2) !== 0 && this.utf8Bytes) raw = fromUtf8Bytes(raw);
      return (flags & 1) !== 0 ? decodeReferences(raw) : raw;
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

// The ASCII characters of names: letters, digits, "_", "-", "." and ":".
const nameCharacters = new Uint8Array(128).map((_, c) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x5f ||
  c === 0x2d ||
  c === 0x2e ||
  c === 0x3a
    ? 1
    : 0,
);

function isNameChar(c: number): boolean {
  return nameCharacters[c] === 1;
}

function skipSpace(xml: string, at: number): number {
  let i = at;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a) return i;
    i++;
  }
}

// A text of UTF-8 bytes, one per character, as the characters they encode. Only whole texts and
// values are decoded, which begin and end at markup, so every character's bytes are together.
function fromUtf8Bytes(bytes: string): string {
  return Buffer.from(bytes, "latin1").toString("utf8");
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
