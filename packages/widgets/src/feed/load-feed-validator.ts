import type { PublicFeed, Result } from "@zhucan/domain";
import { importFeedValidator } from "./import-feed-validator.js";

/** Checks anything claimed to be a public feed: `parseFeed` from `@zhucan/domain`. */
export type FeedValidator = (input: unknown) => Result<PublicFeed>;

let loaded: FeedValidator | undefined;
let loading: Promise<FeedValidator> | undefined;

/**
 * Loads the feed validator (`parseFeed`, with zod and the feed schema) once per copy of the
 * widgets on the page; every later call gets the same promise. A failed load (the chunk could
 * not be fetched) is forgotten, so a retry fetches it again.
 *
 * The validator is a chunk of its own (about a third of what an element needs to show data),
 * fetched when the first feed request starts, in parallel with it, or when a `.feed` is first
 * set; no feed is ever shown unvalidated.
 *
 * @example
 * const parse = await loadFeedValidator();
 * parse({}).ok //=> false
 */
export function loadFeedValidator(): Promise<FeedValidator> {
  loading ??= importFeedValidator().then(
    (module) => {
      loaded = module.parseFeed;
      return module.parseFeed;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The feed validator if it has been loaded already, so that a feed can be validated without
 * waiting (e.g. the `.feed` a dashboard hands to its parts).
 *
 * @example
 * loadedFeedValidator() //=> undefined before the first load, parseFeed after
 */
export function loadedFeedValidator(): FeedValidator | undefined {
  return loaded;
}
