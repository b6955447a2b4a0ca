import { describe, expect, it } from "vitest";
import { decodeXmlBytes, decodeXmlPart } from "./xml-part-text.js";
import { type ScanXmlOptions, scanXml, type XmlVisitor } from "./xml-scanner.js";

// Every document here is SYNTHETIC, written for the test.

/** Scans `xml`, passing over the elements named in `skipped`; returns what the visitor saw. */
function scan(xml: string, skipped: readonly string[] = [], options: ScanXmlOptions = {}) {
  const events: string[] = [];
  const visitor: XmlVisitor = {
    open(name, attributes) {
      events.push(
        `<${name}${attributes.get("a") === undefined ? "" : ` a=${attributes.get("a")}`}>`,
      );
      return skipped.includes(name) ? "skip" : true;
    },
    text(text) {
      events.push(text);
    },
    close(name) {
      events.push(`</${name}>`);
    },
  };
  return { ok: scanXml(xml, visitor, options), events };
}

describe("scanXml reads text and attribute values in one pass over their characters", () => {
  it.each<[string, string, boolean]>([
    ["plain text and values", '<r a="1">x</r>', true],
    ["references in text and values", '<r a="&lt;&#65;">&amp;&#x4e2d;</r>', true],
    ["single quotes", "<r a='\"'>x</r>", true],
    ["a value with a tab", '<r a="1\t2"/>', false],
    ["a value with a newline", '<r a="1\n2"/>', false],
    ["a value with <", '<r a="1<2"/>', false],
    ["a value not closed", '<r a="12', false],
    ["a value not closed, then the end", '<r a="12/>', false],
    ["text not closed", "<r>12", false],
    ["an undefined entity in text", "<r>&nbsp;</r>", false],
    ["an undefined entity in a value", '<r a="&nbsp;"/>', false],
    ["a lone & in text", "<r>a & b</r>", false],
    ["text after the root", "<r/>x", false],
    ["a duplicate attribute", '<r a="1" a="2"/>', false],
  ])("%s", (_, xml, ok) => {
    expect(scan(xml).ok).toBe(ok);
  });

  it("tells decoded text and values", () => {
    expect(scan('<r a="&lt;&#65;">&amp;&#x4e2d;<s/></r>').events).toEqual([
      "<r a=<A>",
      "&中",
      "<s>",
      "</s>",
      "</r>",
    ]);
  });
});

describe('scanXml passes over an element whose open returns "skip", checking it is well formed', () => {
  const around = (inner: string) => `<w><v a="1"/><skip b="2">${inner}</skip><v a="3"/></w>`;

  it("tells nothing of the content and closes the element", () => {
    expect(scan(around('<x c="&quot;">t &amp; u<y/></x>'), ["skip"]).events).toEqual([
      "<w>",
      "<v a=1>",
      "</v>",
      "<skip>",
      "</skip>",
      "<v a=3>",
      "</v>",
      "</w>",
    ]);
  });

  it.each<[string, string]>([
    ["nested elements", "<x><y>t</y><y/></x>"],
    ["an element of the same name inside", "<skip><skip/></skip>"],
    ["references", '<x c="&#65;&apos;">&lt;&#x4e2d;</x>'],
    ["spaces before >", '<x c="1" ></x ><y />'],
    // What changes only values passed over, which a parser would read differently.
    ["a duplicate attribute", '<x c="1" c="2"/>'],
    ["whitespace in a value", '<x c="1\t2\n3"/>'],
    ["nothing", ""],
  ])("accepts %s", (_, inner) => {
    expect(scan(around(inner), ["skip"]).ok).toBe(true);
  });

  it.each<[string, string]>([
    ["a mismatched closing tag", "<x></y>"],
    ["an element left open", "<x>"],
    ["a closing tag too many", "</x>"],
    ["< in a value", '<x c="1<2"/>'],
    ["a value not closed", '<x c="1/>'],
    ["an undefined entity in text", "&nbsp;"],
    ["an undefined entity in a value", '<x c="&nbsp;"/>'],
    ["a lone &", "a & b"],
    ["a comment", "<!-- x -->"],
    ["CDATA", "<![CDATA[x]]>"],
    ["a processing instruction", "<?x y?>"],
    ["a non-ASCII name", "<名/>"],
    ["an attribute without a value", "<x c/>"],
    ["an unquoted value", "<x c=1/>"],
    ["attributes without a space between", '<x c="1"d="2"/>'],
  ])("refuses %s", (_, inner) => {
    expect(scan(around(inner), ["skip"]).ok).toBe(false);
  });

  it("refuses a document that ends inside the element passed over", () => {
    expect(scan('<w><skip><x c="1"/>', ["skip"]).ok).toBe(false);
  });

  it("reads what follows the element as before", () => {
    const xml = around("<x/>");
    const read = scan(xml).events.filter((e) => !e.includes("x>"));
    expect(scan(xml, ["skip"]).events).toEqual(read);
  });
});

describe("scanXml reads a text of UTF-8 bytes (decodeXmlBytes) as the decoded text", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it.each([
    ["Chinese text and values", '<r a="月报 report">合计 &amp; 县区<s a="é&#x4e2d;"/></r>'],
    ["ASCII only", '<r a="1">x<s/></r>'],
    ["four-byte characters", '<r a="\u{20000}">\u{1F600}</r>'],
    ["Chinese passed over", '<r><skip a="名">中</skip><s a="县"/></r>'],
  ])("%s", (_, xml) => {
    const text = decodeXmlPart(utf8(xml)) as string;
    const bytes = decodeXmlBytes(utf8(xml)) as string;
    expect(scan(bytes, ["skip"], { utf8Bytes: true })).toEqual(scan(text, ["skip"]));
  });

  it.each([
    ["a byte-order mark", "\ufeff<r/>"],
    ["U+FFFE", "<r>\ufffe</r>"],
    ["U+FFFF", '<r a="\uffff"/>'],
    ["a control character", "<r>\u0001</r>"],
    ["a carriage return", "<r>\r</r>"],
    ["]]>", "<r>]]></r>"],
  ])("declines %s as decodeXmlPart does", (_, xml) => {
    expect(decodeXmlPart(utf8(xml))).toBeUndefined();
    expect(decodeXmlBytes(utf8(xml))).toBeUndefined();
  });

  it("declines bytes that are not UTF-8", () => {
    expect(decodeXmlBytes(new Uint8Array([0x3c, 0x72, 0xff, 0x2f, 0x3e]))).toBeUndefined();
  });
});
