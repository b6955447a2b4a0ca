// The feed's formats, limits and closed vocabularies as plain data without zod: the zod schema
// (public-feed.ts) and the hand-written checker that parseFeed runs (check-feed-shape.ts) both
// read them, so that the two cannot drift apart on a number or a word.

/**
 * Regular expressions of the feed's string formats. `month` is calendar/month.ts's `YYYY-MM`
 * (repeated here because that module loads zod; a test pins the two together); `isoDate` and
 * `isoDateTimeWithOffset` are the patterns of zod's `z.iso.date()` and
 * `z.iso.datetime({ offset: true })` (RFC 3339 with seconds, `Z` or `±hh:mm`), so that the checker
 * accepts exactly what the schema does.
 *
 * @example
 * feedPatterns.regionCode.test("441422") //=> true
 * feedPatterns.month.test("2017-13") //=> false
 */
export const feedPatterns = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  regionCode: /^\d{6}$/,
  schemaVersion: /^1\.\d+\.\d+$/,
  checksum: /^sha256-[0-9a-f]{64}$/,
  isoDate:
    /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/,
  isoDateTimeWithOffset:
    /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/,
} as const;

/**
 * The feed's size limits: characters of a string (Unicode code points), items of a list.
 *
 * @example
 * feedLimits.months //=> 1200
 */
export const feedLimits = {
  /** Each language of a name, unit, source or method. */
  text: 2000,
  formula: 200,
  clause: 200,
  reason: 500,
  source: 500,
  url: 500,
  licenceId: 100,
  licenceName: 200,
  /** Months of the feed, values of a series or of a reporting unit's timeliness (100 years). */
  months: 1200,
  indicators: 100,
  phases: 10,
  regions: 1000,
  areaCounties: 1000,
  /** Rows of series, targets, progress and corrections. */
  rows: 100_000,
  timeliness: 1000,
  pairings: 1000,
  pairingCounties: 200,
} as const;

/**
 * The closed vocabularies of the feed other than indicator, phase and status ids.
 *
 * @example
 * feedVocabulary.regionLevels //=> ["province", "city", "county"]
 */
export const feedVocabulary = {
  regionLevels: ["province", "city", "county"],
  timeliness: ["on-time", "late", "missing"],
  confidence: ["high", "medium", "low"],
} as const;
