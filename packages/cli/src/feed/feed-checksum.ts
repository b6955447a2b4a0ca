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
