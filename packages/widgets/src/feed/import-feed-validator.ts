/**
 * Imports the feed validator chunk (`feed-validator.ts`: `validateFeed`, see validate-feed.ts)
 * on demand. The self-contained bundle swaps this module for `import-feed-validator.inline.ts`
 * (see tsup.config.ts), which has the validator inlined.
 *
 * @example
 * const { validateFeed } = await importFeedValidator();
 * (await validateFeed({}, importFeedWording)).ok //=> false
 */
export function importFeedValidator(): Promise<typeof import("./feed-validator.js")> {
  return import("./feed-validator.js");
}
