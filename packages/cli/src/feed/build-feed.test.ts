import { parseFeed } from "@zhucan/domain";
import { describe, expect, it } from "vitest";
import { counts, report, testArea } from "../../test/feed/synthetic-reports.js";
import { buildFeed, buildFeedText } from "./build-feed.js";
import { buildFeedHistory, buildFeedHistoryText } from "./build-feed-history.js";
import { canonicalJson } from "./canonical-json.js";
import { verifyFeedChecksum } from "./feed-checksum.js";

// Synthetic reports: Meizhou (441400) and Qingyuan (441800), 2016-08 to 2016-10.
const big = (n: number) => counts({}, n);
const reports = [
  report("441400", "2016-08", { "441402": big(20), "441403": big(30) }),
  report("441400", "2016-09", {
    "441402": big(25),
    "441403": big(36),
    "441422": { "youths-covered": 3 },
  }),
  report(
    "441400",
    "2016-10",
    { "441402": big(31), "441403": big(40), "441422": { "youths-covered": 3 } },
    {
      corrections: [
        {
          month: "2016-09",
          county: "441403",
          indicator: "youths-covered",
          value: 33,
          reason: "重复登记，已核减",
        },
      ],
    },
  ),
  report("441800", "2016-08", { "441802": big(12) }, { receivedAt: "2016-09-25T09:00:00+08:00" }),
  report("441800", "2016-10", { "441802": big(18) }, { receivedAt: null }),
];
const options = { area: testArea, sample: true };
const series = (feed: ReturnType<typeof buildFeed>, indicator: string, region: string) =>
  feed.series.find((s) => s.indicator === indicator && s.region === region)?.values;

describe("buildFeed", () => {
  const feed = buildFeed(reports, options);

  it("builds a feed that parseFeed accepts, with a checksum that verifies", () => {
    expect(parseFeed(JSON.parse(canonicalJson(feed))).ok).toBe(true);
    expect(verifyFeedChecksum(feed)).toBe(true);
  });

  it("buildFeedText gives the same feed and its canonical text", () => {
    const built = buildFeedText(reports, options);
    expect(built.feed).toEqual(feed);
    expect(built.text).toBe(canonicalJson(feed));
  });

  it("is deterministic: the same reports in any order give the same bytes", () => {
    expect(canonicalJson(buildFeed([...reports].reverse(), options))).toBe(canonicalJson(feed));
  });

  it("defaults the release to the latest report month and generatedAt to the latest receipt", () => {
    expect([feed.release, feed.asOf, feed.months]).toEqual([
      "2016-10",
      "2016-10",
      ["2016-08", "2016-09", "2016-10"],
    ]);
    expect(feed.generatedAt).toBe("2016-11-10T10:00:00+08:00");
  });

  it("uses the end of the release month when no receipt time is recorded", () => {
    const unrecorded = reports.map((r) => ({ ...r, receivedAt: null }));
    expect(buildFeed(unrecorded, options).generatedAt).toBe("2016-11-01T00:00:00+08:00");
  });

  it("applies corrections, sums counties to cities and the province, carrying a missing month forward", () => {
    expect(series(feed, "youths-covered", "441403")).toEqual([30, 33, 40]);
    expect(series(feed, "youths-covered", "441802")).toEqual([12, null, 18]);
    // 2016-09: Meizhou 25 + 33 + "<5" county (3) = 61; Qingyuan carried 12 → province 73.
    expect(series(feed, "youths-covered", "440000")?.[1]).toBe(73);
  });

  it("publishes small county counts of people as <5 and hides a partner, zeros as they are", () => {
    const values = series(feed, "youths-covered", "441422");
    expect(values).toEqual([0, "<5", "<5"]);
    const hidden = feed.series.filter(
      (s) => s.indicator === "youths-covered" && s.values[1] === "suppressed",
    );
    expect(hidden.length).toBeGreaterThan(0);
    // Counts of organisations are not people: never suppressed.
    expect(
      feed.series.some((s) => s.indicator === "star-organisations" && s.values.includes("<5")),
    ).toBe(false);
  });

  it("records timeliness per unit and counts the units on time", () => {
    const of = (unit: string) => feed.timeliness.find((t) => t.unit === unit)?.values;
    expect(of("441400")).toEqual(["on-time", "on-time", "on-time"]);
    expect(of("441800")).toEqual(["late", "missing", "missing"]);
    expect(series(feed, "reports-on-time", "440000")).toEqual([1, 1, 1]);
  });

  it("leaves out reports of months after the release", () => {
    const early = buildFeed(reports, { ...options, release: "2016-09" });
    expect(early.months).toEqual(["2016-08", "2016-09"]);
    expect(series(early, "youths-covered", "441403")).toEqual([30, 36]);
  });

  it("logs corrections against the previous release, with the reason made publishable", () => {
    const previous = buildFeed(reports, { ...options, release: "2016-09" });
    const next = buildFeed(reports, { ...options, previous });
    expect(next.corrections).toEqual([
      {
        release: "2016-10",
        unit: "441400",
        month: "2016-09",
        indicator: "youths-covered",
        region: "441403",
        previous: 36,
        current: 33,
        reason: "重复登记，已核减",
      },
    ]);
  });

  it("withholds reasons when asked", () => {
    const previous = buildFeed(reports, { ...options, release: "2016-09" });
    const next = buildFeed(reports, { ...options, previous, correctionReasons: "withheld" });
    expect(next.corrections[0]?.reason).toBe("原因未公开 · reason not published");
  });

  it.each([
    { name: "no reports and no release", run: () => buildFeed([], options) },
    {
      name: "a release before August 2016",
      run: () => buildFeed(reports, { ...options, release: "2016-07" }),
    },
    {
      name: "a previous release that is not earlier",
      run: () => buildFeed(reports, { ...options, previous: feed }),
    },
  ])("refuses $name", ({ run }) => {
    expect(run).toThrow(RangeError);
  });
});

describe("buildFeedHistory", () => {
  it("builds each release against the one before, the last equal to a build against its predecessor", () => {
    const history = buildFeedHistory(reports, { ...options, from: "2016-08" });
    expect(history.map((f) => f.release)).toEqual(["2016-08", "2016-09", "2016-10"]);
    const direct = buildFeed(reports, { ...options, previous: history[1] });
    expect(canonicalJson(history[2])).toBe(canonicalJson(direct));
    expect(history[2]?.corrections).toHaveLength(1);
  });

  it("buildFeedHistoryText gives the same releases, each with its canonical text", () => {
    const releases = buildFeedHistoryText(reports, { ...options, from: "2016-08" });
    const history = buildFeedHistory(reports, { ...options, from: "2016-08" });
    expect(releases.map((r) => r.feed)).toEqual(history);
    for (const { feed, text } of releases) expect(text).toBe(canonicalJson(feed));
  });
});
