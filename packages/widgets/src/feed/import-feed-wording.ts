/**
 * Imports the chunk of the feed validator's words (`feed-wording.ts`: `feedProblem`) on demand,
 * when a feed fails its check. The self-contained bundle swaps this module for
 * `import-feed-wording.inline.ts` (see tsup.config.ts), which has the words inlined.
 *
 * @example
 * const { feedProblem } = await importFeedWording();
 * feedProblem({ code: "too_small", path: ["months"], minimum: 1 }).message.en //=> "months: below the minimum of 1"
 */
export function importFeedWording(): Promise<typeof import("./feed-wording.js")> {
  return import("./feed-wording.js");
}
