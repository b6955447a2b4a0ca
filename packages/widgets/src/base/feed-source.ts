import type { PublicFeed, Result } from "@zhucan/domain";
import { type FeedLoadError, feedError } from "../feed/feed-error.js";
import type { FeedValidator } from "../feed/load-feed-validator.js";

/** Where an element's feed stands: not asked for, loading, shown (maybe stale), or failed. */
export type Source =
  | { readonly state: "idle" }
  | { readonly state: "loading" }
  | { readonly state: "ready"; readonly url: string | undefined; readonly feed: PublicFeed }
  | {
      readonly state: "stale";
      readonly url: string | undefined;
      readonly feed: PublicFeed;
      readonly error: FeedLoadError;
    }
  | { readonly state: "error"; readonly url: string | undefined; readonly error: FeedLoadError };

/** A validator's answer: at once for a good feed, a promise for a bad one (see {@link FeedValidator}). */
export type Validated = ReturnType<FeedValidator>;

// A feed object handed to several elements (a dashboard's parts) is validated once.
const validated = new WeakMap<object, Validated>();

/**
 * The validation result of a feed object some element has already validated, if any.
 *
 * @example
 * knownResult(dashboard.feed)?.ok //=> true once one of its parts has validated it
 */
export function knownResult(feed: unknown): Validated | undefined {
  return typeof feed === "object" && feed !== null ? validated.get(feed) : undefined;
}

/**
 * Validates a feed given as a property, once per feed object.
 *
 * @example
 * validate(feed, parse) === validate(feed, parse) //=> true (the same result object)
 */
export function validate(feed: unknown, parse: FeedValidator): Validated {
  if (typeof feed !== "object" || feed === null) return parse(feed);
  let result = validated.get(feed);
  if (!result) {
    result = parse(feed);
    validated.set(feed, result);
  }
  return result;
}

/**
 * What an element shows for a feed given as a property: the feed, or the error listing its problems.
 *
 * @example
 * propertySource(await validate(feed, parse)).state //=> "ready"
 */
export function propertySource(
  result: Result<PublicFeed>,
): Exclude<Source, { state: "idle" | "loading" }> {
  return result.ok
    ? { state: "ready", url: undefined, feed: result.value }
    : {
        state: "error",
        url: undefined,
        error: feedError("invalid-feed", undefined, { problems: result.errors }),
      };
}
