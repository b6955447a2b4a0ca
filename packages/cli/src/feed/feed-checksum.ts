import { createHash } from "node:crypto";
import type { PublicFeed } from "@zhucan/domain";
import { canonicalJson } from "./canonical-json.js";

/**
 * The checksum a feed carries: `sha256-` + the hex SHA-256 digest of the UTF-8 bytes of the
 * {@link canonicalJson} of the feed without its `checksum` member. A consumer recomputes it the
 * same way to know that a feed arrived whole (it is not a signature: anyone can recompute it).
 *
 * @example
 * feedChecksum({ release: "2018-12" })
 * //=> "sha256-" + sha256('{"release":"2018-12"}') in hex
 */
export function feedChecksum(feed: Omit<PublicFeed, "checksum"> | Record<string, unknown>): string {
  const { checksum: _ignored, ...rest } = feed as Record<string, unknown>;
  return `sha256-${createHash("sha256").update(canonicalJson(rest), "utf8").digest("hex")}`;
}

/**
 * Whether a feed's `checksum` matches its content.
 *
 * @example
 * verifyFeedChecksum(withChecksum(feedWithoutChecksum)) //=> true
 */
export function verifyFeedChecksum(feed: { readonly checksum: string }): boolean {
  return feed.checksum === feedChecksum(feed as unknown as Record<string, unknown>);
}

/**
 * A feed's checksum and the canonical JSON text of the feed carrying it, with the content
 * serialised once: every member is written once and shared by the text that is hashed (without
 * `checksum`) and the text that is published (with it). The text is `canonicalJson` of
 * `{ ...content, checksum }`, and the checksum is {@link feedChecksum} of the content.
 *
 * @example
 * const { checksum, text } = checksummedText({ release: "2018-12" });
 * checksum === feedChecksum({ release: "2018-12" }) //=> true
 * text === canonicalJson({ release: "2018-12", checksum }) //=> true
 */
export function checksummedText(content: Omit<PublicFeed, "checksum"> | Record<string, unknown>): {
  checksum: string;
  text: string;
} {
  const { checksum: _ignored, ...rest } = content as Record<string, unknown>;
  const keys = Object.keys(rest)
    .filter((k) => rest[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // canonicalJson of an object is its members' texts in key order; keys that look like array
  // indices ("2") are left to canonicalJson as a whole, which orders them its own way.
  if (keys.some((k) => /^(0|[1-9]\d*)$/.test(k))) {
    const checksum = feedChecksum(rest);
    return { checksum, text: canonicalJson({ ...rest, checksum }) };
  }
  const members = keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(rest[k])}`);
  const checksum = `sha256-${createHash("sha256")
    .update(`{${members.join(",")}}`, "utf8")
    .digest("hex")}`;
  const at = keys.findIndex((k) => k > "checksum");
  members.splice(at < 0 ? members.length : at, 0, `"checksum":${JSON.stringify(checksum)}`);
  return { checksum, text: `{${members.join(",")}}` };
}
