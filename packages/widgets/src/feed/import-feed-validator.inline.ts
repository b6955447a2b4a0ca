import * as feedValidator from "./feed-validator.js";

/**
 * The self-contained bundle's stand-in for `import-feed-validator.ts` (swapped in by
 * tsup.config.ts): the validator is inlined there, and esbuild, which bundles that file without
 * code splitting, would otherwise keep all of `@zhucan/domain` behind the dynamic import.
 *
 * @example
 * const { validateFeed } = await importFeedValidator();
 * (await validateFeed({}, importFeedWording)).ok //=> false
 */
export function importFeedValidator(): Promise<typeof feedValidator> {
  return Promise.resolve(feedValidator);
}
