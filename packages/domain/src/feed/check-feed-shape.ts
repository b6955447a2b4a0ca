import { indicatorIds } from "../indicators/indicator-ids.js";
import { phaseIds } from "../programme/phase-ids.js";
import type { Problem, Result } from "../result/result.js";
import { type FeedCheckOptions, feedCheckDefaults } from "./feed-check-options.js";
import { feedPatterns, feedVocabulary, feedLimits as max } from "./feed-formats.js";
import { type FeedCheck, type FeedRuleIssue, feedRuleIssue } from "./feed-issues.js";
import { feedProblem, wordFeedCheck } from "./feed-words.js";
import { progressStatuses } from "./progress-statuses.js";
import type { PublicFeed } from "./public-feed.js";
import {
  array,
  boolean,
  feedCell,
  integer,
  nullable,
  number,
  oneOf,
  optional,
  type ShapeContext,
  strictObject,
  string,
  TooManyProblems,
} from "./shape-checks.js";

// The feed's shape, line for line as PublicFeed (public-feed.ts) declares it with zod, in the
// hand-written checks of shape-checks.ts. A change to one must be made to the other: the
// differential test (check-feed-shape.property.test.ts) fails until both agree again.
const bounded = (maxLength: number) => string({ maxLength });
const text = strictObject({ "zh-CN": bounded(max.text), en: bounded(max.text) });
const regionCode = string({ pattern: feedPatterns.regionCode });
const month = string({ pattern: feedPatterns.month });
const indicatorId = oneOf(indicatorIds);
const phaseId = oneOf(phaseIds);
const url = string({ url: true, maxLength: max.url });

const feedRegion = strictObject({
  code: regionCode,
  level: oneOf(feedVocabulary.regionLevels),
  name: text,
  parent: nullable(regionCode),
  inProgrammeArea: optional(boolean()),
});

const feedSeries = strictObject({
  indicator: indicatorId,
  region: regionCode,
  values: array(feedCell, { maxLength: max.months }),
});

const feedTarget = strictObject({
  indicator: indicatorId,
  phase: phaseId,
  region: regionCode,
  value: number({ nonnegative: true }),
  derived: boolean(),
  formula: optional(bounded(max.formula)),
  clause: bounded(max.clause),
});

const feedProgress = strictObject({
  indicator: indicatorId,
  region: regionCode,
  status: oneOf(progressStatuses),
  actual: feedCell,
  expected: nullable(number()),
  ratio: nullable(number()),
  target: nullable(number()),
  phase: nullable(phaseId),
});

const feedTimeliness = strictObject({
  unit: regionCode,
  values: array(oneOf(feedVocabulary.timeliness), { maxLength: max.months }),
});

const feedCorrection = strictObject({
  release: month,
  unit: regionCode,
  month,
  indicator: indicatorId,
  region: regionCode,
  previous: feedCell,
  current: feedCell,
  reason: bounded(max.reason),
});

const feedPairing = strictObject({
  helping: regionCode,
  helped: regionCode,
  counties: optional(array(regionCode, { maxLength: max.pairingCounties })),
  source: bounded(max.source),
  confidence: oneOf(feedVocabulary.confidence),
});

const publicFeed = strictObject({
  schemaVersion: string({ pattern: feedPatterns.schemaVersion }),
  release: month,
  asOf: month,
  generatedAt: string({ pattern: feedPatterns.isoDateTimeWithOffset, format: "datetime" }),
  publisher: strictObject({ name: text, url: optional(url) }),
  licence: strictObject({
    id: bounded(max.licenceId),
    name: bounded(max.licenceName),
    url,
  }),
  checksum: string({ pattern: feedPatterns.checksum }),
  sample: boolean(),
  source: text,
  months: array(month, { maxLength: max.months, minLength: 1 }),
  indicators: array(
    strictObject({ id: indicatorId, name: text, unit: text, countsPeople: boolean() }),
    { maxLength: max.indicators },
  ),
  phases: array(
    strictObject({
      id: phaseId,
      name: text,
      start: string({ pattern: feedPatterns.isoDate, format: "date" }),
      end: string({ pattern: feedPatterns.isoDate, format: "date" }),
    }),
    { maxLength: max.phases },
  ),
  regions: array(feedRegion, { maxLength: max.regions }),
  area: strictObject({
    counties: array(regionCode, { maxLength: max.areaCounties }),
    sample: boolean(),
    source: bounded(max.source),
  }),
  suppression: strictObject({
    threshold: integer({ positive: true }),
    level: oneOf(["county"]),
    method: text,
  }),
  series: array(feedSeries, { maxLength: max.rows }),
  targets: array(feedTarget, { maxLength: max.rows }),
  progress: array(feedProgress, { maxLength: max.rows }),
  timeliness: array(feedTimeliness, { maxLength: max.timeliness }),
  corrections: array(feedCorrection, { maxLength: max.rows }),
  pairings: array(feedPairing, { maxLength: max.pairings }),
});

/**
 * The issue that ends a list cut at `maxProblems` ({@link FeedCheckOptions}).
 *
 * @example
 * tooManyIssues(1000).code //=> "feed-too-many-problems"
 */
export function tooManyIssues(maxProblems: number): FeedRuleIssue {
  return feedRuleIssue("feed-too-many-problems", [], "too-many", maxProblems);
}

/**
 * The problem that ends a list cut at `maxProblems` ({@link FeedCheckOptions}).
 *
 * @example
 * tooManyProblems(1000).code //=> "feed-too-many-problems"
 */
export function tooManyProblems(maxProblems: number): Problem {
  return feedProblem(tooManyIssues(maxProblems));
}

/**
 * {@link checkFeedShape} without the words: the same verdict, with issues instead of problems
 * (`feedProblem` words them). For a page that loads the wording only when a feed fails.
 *
 * @example
 * feedShapeIssues({ ...feed, extra: 1 }).issues
 * //=> [{ code: "unrecognized_keys", keys: ["extra"], path: [] }]
 */
export function feedShapeIssues(
  input: unknown,
  options: FeedCheckOptions = {},
): FeedCheck<PublicFeed> {
  const { maxProblems } = { ...feedCheckDefaults, ...options };
  const context: ShapeContext = { path: [], issues: [], maxProblems };
  let copy: unknown;
  try {
    copy = publicFeed(input, context);
  } catch (error) {
    const issues =
      error instanceof TooManyProblems
        ? [...context.issues, tooManyIssues(maxProblems)]
        : [feedRuleIssue("feed-unreadable", [], "unreadable")];
    return { ok: false, issues };
  }
  const issues = context.issues;
  return issues.length ? { ok: false, issues } : { ok: true, value: copy as PublicFeed };
}

/**
 * Checks that a value has the shape of a public feed: exactly what the zod schema `PublicFeed`
 * checks (strict objects, bounded strings, formats, vocabularies, counts, list sizes), without
 * loading zod. Problems carry the codes, JSON paths and zh-CN/en messages that
 * `problemsFromZod(PublicFeed.safeParse(value).error.issues)` gives, in the same order; past
 * `maxProblems` (DECISION, default 1000) the check stops and the list ends with one
 * `feed-too-many-problems`. On success, `value` is a plain copy of the feed holding only the
 * schema's keys, as zod's output is. Never throws: an input that cannot be read (a getter or
 * proxy that throws) gives one `feed-unreadable` problem. `parseFeed` adds the checks across
 * fields.
 *
 * @example
 * checkFeedShape({}).ok //=> false
 * checkFeedShape({ ...feed, extra: 1 }).errors[0].message.en
 * //=> "(root): unexpected field(s) extra"
 */
export function checkFeedShape(input: unknown, options: FeedCheckOptions = {}): Result<PublicFeed> {
  return wordFeedCheck(feedShapeIssues(input, options));
}
