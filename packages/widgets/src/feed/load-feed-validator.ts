import type { PublicFeed, Result } from "@zhucan/domain";
import { importFeedValidator } from "./import-feed-validator.js";
import { importFeedWording } from "./import-feed-wording.js";

/**
 * Checks anything claimed to be a public feed, as `parseFeed` from `@zhucan/domain` does: the
 * same verdict and problems. A good feed's result comes at once; a bad feed's, once the words
 * of its problems are loaded (a promise), so a validator may return either.
 */
export type FeedValidator = (input: unknown) => Result<PublicFeed> | Promise<Result<PublicFeed>>;

let loaded: FeedValidator | undefined;
let loading: Promise<FeedValidator> | undefined;

/**
 * Loads the feed validator (`checkFeed`, parseFeed without its words) once per copy of the
 * widgets on the page; every later call gets the same promise. A failed load (the chunk could
 * not be fetched) is forgotten, so a retry fetches it again.
 *
 * The validator is a chunk of its own (about a sixth of what an element needs to show data),
 * fetched when the first feed request starts, in parallel with it, or when a `.feed` is first
 * set; no feed is ever shown unvalidated. The words of its problems are another chunk, fetched
 * only when a feed fails (`validate-feed.ts`).
 *
 * @example
 * const parse = await loadFeedValidator();
 * parse(feed) //=> { ok: true, value: … } (at once)
 * (await parse({})).ok //=> false
 */
export function loadFeedValidator(): Promise<FeedValidator> {
  loading ??= importFeedValidator().then(
    ({ validateFeed }) => {
      const validator: FeedValidator = (input) => validateFeed(input, importFeedWording);
      loaded = validator;
      return validator;
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
 * loadedFeedValidator() //=> undefined before the first load, the validator after
 */
export function loadedFeedValidator(): FeedValidator | undefined {
  return loaded;
}
