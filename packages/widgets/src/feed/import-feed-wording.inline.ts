import * as feedWording from "./feed-wording.js";

/**
 * The self-contained bundle's stand-in for `import-feed-wording.ts` (swapped in by
 * tsup.config.ts): the words are inlined there.
 *
 * @example
 * const { feedProblem } = await importFeedWording();
 * feedProblem({ code: "too_small", path: ["months"], minimum: 1 }).message.en //=> "months: below the minimum of 1"
 */
export function importFeedWording(): Promise<typeof feedWording> {
  return Promise.resolve(feedWording);
}
