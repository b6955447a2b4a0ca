import type { ProblemPath } from "../result/result.js";
import type { SchemaIssue } from "../result/schema-problem.js";
import type { ruleWords } from "./feed-words.js";

// What the feed's checks find, kept apart from the words that describe it (feed-words.ts):
// `checkFeed` returns issues (codes, paths, figures), and only a failed feed needs them worded.
// A page that shows feeds can load the words with the first bad feed instead of with every good
// one (the widgets do: the words are about a third of the checker's weight). Nothing here may
// import feed-words.ts at run time.

/**
 * The rules of the feed that its schema cannot state (fields against each other, the region
 * tree) and the two ends of a check, each with its own wording.
 */
export type FeedRule = keyof typeof ruleWords;

/**
 * A breach of a {@link FeedRule}: the problem's code and path, the rule, and the figures its
 * message names, in the order the wording takes them.
 *
 * @example
 * const issue: FeedRuleIssue = { code: "feed-as-of-mismatch", path: ["asOf"], rule: "as-of", values: ["2017-02"] };
 * issue.values //=> ["2017-02"]
 */
export interface FeedRuleIssue {
  readonly code: string;
  readonly path: ProblemPath;
  readonly rule: FeedRule;
  readonly values: readonly (string | number)[];
}

/**
 * One thing a feed check found wrong, not yet worded: a schema issue (zod's vocabulary, see
 * {@link SchemaIssue}) or a breach of one of the feed's own rules ({@link FeedRuleIssue}).
 * {@link feedProblem} words it.
 *
 * @example
 * const issue: FeedIssue = { code: "too_small", path: ["months"], minimum: 1 };
 * "rule" in issue //=> false (a schema issue)
 */
export type FeedIssue = SchemaIssue | FeedRuleIssue;

/**
 * What `checkFeed` gives: the feed (a plain copy, as `parseFeed` gives it), or every issue found
 * (at most `maxProblems`, then one `feed-too-many-problems`).
 *
 * @example
 * const checked: FeedCheck = { ok: false, issues: [{ code: "invalid_type", path: [], expected: "object" }] };
 * checked.ok //=> false
 */
export type FeedCheck<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly FeedIssue[] };

/**
 * Builds a {@link FeedRuleIssue}.
 *
 * @example
 * feedRuleIssue("feed-duplicate-region", ["regions", 3, "code"], "duplicate-region", "441400").rule
 * //=> "duplicate-region"
 */
export function feedRuleIssue(
  code: string,
  path: ProblemPath,
  rule: FeedRule,
  ...values: (string | number)[]
): FeedRuleIssue {
  return { code, path, rule, values };
}
