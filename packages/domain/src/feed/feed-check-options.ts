/**
 * Options of `checkFeedShape` and `parseFeed`.
 *
 * @example
 * const options: FeedCheckOptions = { maxProblems: 50 };
 * options.maxProblems //=> 50
 */
export interface FeedCheckOptions {
  /**
   * DECISION (the feed format does not say): how many problems a check reports before it stops
   * and adds one `feed-too-many-problems` problem. A feed of 100,000 bad rows has hundreds of
   * thousands; listing them all costs seconds and memory and helps no one (the zod route ended
   * such a feed in an exception, reported as `feed-unreadable`). `Infinity` lists them all.
   */
  readonly maxProblems?: number;
}

/**
 * The defaults of {@link FeedCheckOptions}.
 *
 * @example
 * feedCheckDefaults.maxProblems //=> 1000
 */
export const feedCheckDefaults = {
  maxProblems: 1000,
} as const satisfies Required<FeedCheckOptions>;
