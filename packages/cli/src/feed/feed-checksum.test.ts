import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";
import { checksummedText, feedChecksum, verifyFeedChecksum } from "./feed-checksum.js";

describe("feedChecksum", () => {
  it("is sha256- and the hex digest of the canonical JSON without the checksum", () => {
    const digest = createHash("sha256")
      .update('{"asOf":"2018-12","release":"2018-12"}')
      .digest("hex");
    expect(feedChecksum({ release: "2018-12", asOf: "2018-12", checksum: "sha256-old" })).toBe(
      `sha256-${digest}`,
    );
  });

  it.each([
    { change: (f: Record<string, unknown>) => ({ ...f, release: "2018-11" }) },
    { change: (f: Record<string, unknown>) => ({ ...f, series: [{ values: [5] }] }) },
  ])("changes when the content changes", ({ change }) => {
    const feed = { release: "2018-12", series: [{ values: [4] }] };
    expect(feedChecksum(change(feed))).not.toBe(feedChecksum(feed));
  });

  it("verifyFeedChecksum accepts a feed carrying its own checksum and rejects a tampered one", () => {
    const content = { release: "2018-12", series: [{ values: ["<5", 7] }] };
    const feed = { ...content, checksum: feedChecksum(content) };
    expect(verifyFeedChecksum(feed)).toBe(true);
    const tampered = { ...feed, series: [{ values: [3, 7] }] };
    expect(verifyFeedChecksum(tampered)).toBe(false);
  });
});

describe("checksummedText", () => {
  const agrees = (content: Record<string, unknown>) => {
    const { checksum, text } = checksummedText(content);
    expect(checksum).toBe(feedChecksum(content));
    const { checksum: _old, ...rest } = content;
    expect(text).toBe(canonicalJson({ ...rest, checksum }));
  };

  it.each([
    ["keys before and after checksum", { release: "2018-12", area: { b: 1, a: [2] } }],
    ["an old checksum, replaced", { release: "2018-12", checksum: "sha256-old" }],
    ["an undefined member, dropped", { release: "2018-12", note: undefined }],
    ["integer-like keys", { "10": 1, "2": 2, b: 3 }],
    ["nothing", {}],
  ])("gives the checksum and canonical text of %s", (_, content) => {
    agrees(content);
  });

  it("agrees with feedChecksum and canonicalJson on any JSON object", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 8 }), (content) => {
        agrees(content);
      }),
    );
  });
});
