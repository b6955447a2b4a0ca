/**
 * Imports the feed validator chunk (`feed-validator.ts`: `parseFeed`, zod and the feed schema)
 * on demand. The self-contained bundle swaps this module for `import-feed-validator.inline.ts`
 * (see tsup.config.ts), which has the validator inlined.
 *
 * @example
 * const { parseFeed } = await importFeedValidator();
 * parseFeed({}).ok //=> false
 */
export function importFeedValidator(): Promise<typeof import("./feed-validator.js")> {
  return import("./feed-validator.js");
}
