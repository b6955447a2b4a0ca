import { type Problem, problem, type Result, succeed } from "../result/result.js";
import { checkFeedShape, tooManyProblems } from "./check-feed-shape.js";
import { type FeedCheckOptions, feedCheckDefaults } from "./feed-check-options.js";
import type { PublicFeed } from "./public-feed.js";
import { regionProblems } from "./region-checks.js";

function crossCheck(feed: PublicFeed): Problem[] {
  const problems: Problem[] = [];
  const n = feed.months.length;
  if (feed.months.at(-1) !== feed.asOf) {
    problems.push(
      problem("feed-as-of-mismatch", ["asOf"], {
        "zh-CN": `asOf（${feed.asOf}）应为 months 的最后一个月`,
        en: `asOf (${feed.asOf}) must be the last of months`,
      }),
    );
  }
  feed.series.forEach((s, i) => {
    if (s.values.length !== n) {
      problems.push(
        problem("feed-series-length", ["series", i, "values"], {
          "zh-CN": `第 ${i} 个序列有 ${s.values.length} 个值，应为 ${n} 个（与 months 对齐）`,
          en: `series ${i} has ${s.values.length} values, expected ${n} (one per month)`,
        }),
      );
    }
  });
  feed.timeliness.forEach((t, i) => {
    if (t.values.length !== n) {
      problems.push(
        problem("feed-series-length", ["timeliness", i, "values"], {
          "zh-CN": `第 ${i} 个报送单位有 ${t.values.length} 个月的记录，应为 ${n} 个`,
          en: `reporting unit ${i} has ${t.values.length} months, expected ${n}`,
        }),
      );
    }
  });
  return problems;
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
  const shaped = checkFeedShape(input, options);
  if (!shaped.ok) return shaped;
  const problems = [...crossCheck(shaped.value), ...regionProblems(shaped.value)];
  if (!problems.length) return succeed(shaped.value);
  const { maxProblems } = { ...feedCheckDefaults, ...options };
  return problems.length > maxProblems
    ? { ok: false, errors: [...problems.slice(0, maxProblems), tooManyProblems(maxProblems)] }
    : { ok: false, errors: problems };
}
