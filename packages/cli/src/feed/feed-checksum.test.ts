import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { feedChecksum, verifyFeedChecksum } from "./feed-checksum.js";

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
