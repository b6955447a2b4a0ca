import { addMonths, type MonthlyReport, type PublicFeed } from "@zhucan/domain";
import { type BuildFeedOptions, buildFeedText } from "./build-feed.js";

/** Options of {@link buildFeedHistory}: those of `buildFeed`, and where the history starts. */
export interface BuildFeedHistoryOptions extends BuildFeedOptions {
  /** The first release to build, `YYYY-MM`. */
  readonly from: string;
}

/**
 * Builds every release from `from` to `release` in order, each against the one before it (the
 * first against `options.previous`, if any), as the programme office would have published them
 * month by month: each release holds only the reports of its months, its corrections log
 * accumulates, and its suppression is audited against the release before. `generatedAt`, when
 * given, applies to the last release; the others take the default (their reports' latest
 * receipt).
 *
 * @throws {RangeError} as `buildFeed`, or when `from` is after the release.
 * @example
 * const releases = buildFeedHistory(reports, { from: "2016-08", area, sample: true });
 * releases.at(-1)?.release //=> "2018-12"
 */
export function buildFeedHistory(
  reports: readonly MonthlyReport[],
  options: BuildFeedHistoryOptions,
): PublicFeed[] {
  return buildFeedHistoryText(reports, options).map((release) => release.feed);
}

/**
 * {@link buildFeedHistory}, with each release's canonical JSON text (`canonicalJson(feed)`, what
 * `zhucan build` writes), serialised once for both its checksum and its text.
 *
 * @throws {RangeError} as `buildFeedHistory`.
 * @example
 * const releases = buildFeedHistoryText(reports, { from: "2018-11", area, sample: true });
 * releases.map((r) => r.feed.release) //=> ["2018-11", "2018-12"]
 */
export function buildFeedHistoryText(
  reports: readonly MonthlyReport[],
  options: BuildFeedHistoryOptions,
): { feed: PublicFeed; text: string }[] {
  const { from, ...rest } = options;
  const last =
    options.release ??
    reports.reduce<string | undefined>(
      (m, r) => (m === undefined || r.month > m ? r.month : m),
      undefined,
    );
  if (last === undefined) throw new RangeError("No reports and no release month");
  if (from > last) throw new RangeError(`--from ${from} is after the release ${last}`);
  const out: { feed: PublicFeed; text: string }[] = [];
  let previous = options.previous;
  for (let release = from; release <= last; release = addMonths(release, 1)) {
    const { generatedAt, ...others } = rest;
    const built = buildFeedText(reports, {
      ...others,
      release,
      ...(release === last && generatedAt !== undefined && { generatedAt }),
      ...(previous && { previous }),
    });
    out.push(built);
    previous = built.feed;
  }
  return out;
}
