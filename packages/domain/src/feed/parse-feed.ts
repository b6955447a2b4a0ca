import type { Result } from "../result/result.js";
import { feedShapeIssues, tooManyIssues } from "./check-feed-shape.js";
import { type FeedCheckOptions, feedCheckDefaults } from "./feed-check-options.js";
import { type FeedCheck, type FeedRuleIssue, feedRuleIssue } from "./feed-issues.js";
import { wordFeedCheck } from "./feed-words.js";
import type { PublicFeed } from "./public-feed.js";
import { regionIssues } from "./region-checks.js";

function crossIssues(feed: PublicFeed): FeedRuleIssue[] {
  const issues: FeedRuleIssue[] = [];
  const n = feed.months.length;
  if (feed.months.at(-1) !== feed.asOf) {
    issues.push(feedRuleIssue("feed-as-of-mismatch", ["asOf"], "as-of", feed.asOf));
  }
  for (const section of ["series", "timeliness"] as const) {
    feed[section].forEach((row, i) => {
      const found = row.values.length;
      if (found === n) return;
      const rule = section === "series" ? "series-length" : "timeliness-length";
      issues.push(feedRuleIssue("feed-series-length", [section, i, "values"], rule, i, found, n));
    });
  }
  return issues;
}

/**
 * {@link parseFeed} without the words: the same verdict and the same feed, with issues (codes,
 * paths, figures) where parseFeed has problems; `feedProblem` (or `wordFeedCheck`) words them.
 * For a page that loads the wording only when a feed fails (the widgets' feed validator).
 *
 * @example
 * checkFeed("not a feed") //=> { ok: false, issues: [{ code: "invalid_type", expected: "object", path: [] }] }
 * wordFeedCheck(checkFeed(input)) // the same as parseFeed(input)
 */
export function checkFeed(input: unknown, options: FeedCheckOptions = {}): FeedCheck<PublicFeed> {
  const shaped = feedShapeIssues(input, options);
  if (!shaped.ok) return shaped;
  const issues = [...crossIssues(shaped.value), ...regionIssues(shaped.value)];
  if (!issues.length) return shaped;
  const { maxProblems } = { ...feedCheckDefaults, ...options };
  return issues.length > maxProblems
    ? { ok: false, issues: [...issues.slice(0, maxProblems), tooManyIssues(maxProblems)] }
    : { ok: false, issues };
}

/**
 * Validates anything claimed to be a public feed. Never throws: bad input gives
 * `{ ok: false, errors }` with JSON paths and zh-CN/en messages. The shape is checked by
 * {@link checkFeedShape} (what the zod schema `PublicFeed` checks, without loading zod, so that a
 * page validating feeds stays small), then the fields against each other and the region tree.
 * At most `maxProblems` problems are listed (DECISION, {@link FeedCheckOptions}; default 1000),
 * then one `feed-too-many-problems`.
 *
 * @example
 * parseFeed("not a feed").ok //=> false
 * parseFeed(JSON.parse(await (await fetch(url)).text())).ok //=> true for a good feed
 */
export function parseFeed(input: unknown, options: FeedCheckOptions = {}): Result<PublicFeed> {
  return wordFeedCheck(checkFeed(input, options));
}
