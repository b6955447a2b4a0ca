import { checkFeed, type FeedIssue, type Problem } from "@zhucan/domain";
import type { importFeedWording } from "./import-feed-wording.js";
import type { FeedValidator } from "./load-feed-validator.js";

/** Gets the words of the validator's problems: `importFeedWording` (the words' chunk). */
export type ImportWords = typeof importFeedWording;

// Without the words (their chunk could not be fetched), a problem still says what and where:
// its code, and its path beside it on screen.
function unworded(issue: FeedIssue): Problem {
  const code = "rule" in issue ? issue.code : `schema-${issue.code.replaceAll("_", "-")}`;
  return { code, path: issue.path, message: { "zh-CN": code, en: code } };
}

/**
 * The problems of a feed that failed its check, worded in zh-CN and en once the words have
 * arrived (`importWords`: the words' chunk, fetched with the first bad feed, once per page), or
 * named by their codes if they cannot be fetched.
 *
 * @example
 * (await wordIssues([{ code: "too_small", path: ["months"], minimum: 1 }], importFeedWording)).errors[0].message.en
 * //=> "months: below the minimum of 1"
 */
export async function wordIssues(
  issues: readonly FeedIssue[],
  importWords: ImportWords,
): Promise<{ readonly ok: false; readonly errors: readonly Problem[] }> {
  let word: (issue: FeedIssue) => Problem = unworded;
  try {
    word = (await importWords()).feedProblem;
  } catch (error) {
    console.error("The words of the feed's problems could not be loaded", error);
  }
  return { ok: false, errors: issues.map(word) };
}

/**
 * The widgets' feed validator (the validator chunk's one export): `checkFeed`, then, for a feed
 * that fails, its problems worded by {@link wordIssues}. The same verdict and problems as
 * `parseFeed`; a good feed's result at once, a bad one's as a promise. The words are imported
 * by the caller's `importWords`, so this chunk holds no dynamic import of its own.
 *
 * @example
 * validateFeed(feed, importFeedWording) //=> { ok: true, value: … }
 * (await validateFeed({}, importFeedWording)).ok //=> false
 */
export function validateFeed(input: unknown, importWords: ImportWords): ReturnType<FeedValidator> {
  const checked = checkFeed(input);
  return checked.ok ? checked : wordIssues(checked.issues, importWords);
}
