import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, detectEncoding } from "./decode-text.js";

const text = "报送月份 month,2017-03";

describe("decodeText", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode(text), "utf-8"],
    [
      "UTF-8 with BOM",
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      "utf-8-bom",
    ],
    [
      "UTF-16 LE with BOM",
      new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf16le")]),
      "utf-16le",
    ],
    [
      "UTF-16 BE with BOM",
      new Uint8Array([0xfe, 0xff, ...iconv.encode(text, "utf16be")]),
      "utf-16be",
    ],
    ["GBK", new Uint8Array(iconv.encode(text, "gbk")), "gb18030"],
    ["GB18030", new Uint8Array(iconv.encode(text, "gb18030")), "gb18030"],
  ])("decodes %s and names its encoding", (_, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it("does not count a UTF-8 character cut at the end of the head against UTF-8", () => {
    const bytes = new TextEncoder().encode("月份");
    expect(detectEncoding(bytes.subarray(0, 4))).toBe("utf-8");
  });
});
