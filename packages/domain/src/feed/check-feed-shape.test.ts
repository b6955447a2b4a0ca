// One example per rule of the feed's shape, on SYNTHETIC data: the invented feed of
// synthetic-feed.test-support.ts with one field changed. The differential property test
// (check-feed-shape.property.test.ts) shows that zod says the same; these show what is said.
import { describe, expect, it } from "vitest";
import { checkFeedShape } from "./check-feed-shape.js";
import { syntheticFeed } from "./synthetic-feed.test-support.js";

type Node = Record<string | number, unknown>;

/** The synthetic feed with the value at `path` replaced (or removed, for `undefined`). */
function feedWith(path: readonly (string | number)[], value: unknown): unknown {
  const feed = syntheticFeed() as unknown as Node;
  let node = feed;
  for (const key of path.slice(0, -1)) node = node[key] as Node;
  const last = path.at(-1) as string | number;
  if (value === undefined) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true });
  return feed;
}

const problemsOf = (input: unknown) => {
  const result = checkFeedShape(input);
  return result.ok ? [] : result.errors.map((e) => `${e.code} @ ${e.path.join(".")}`);
};

const emoji = "😀";

describe("checkFeedShape", () => {
  it("accepts the synthetic feed and returns a copy, not the input", () => {
    const feed = syntheticFeed();
    const result = checkFeedShape(feed);
    expect(result).toEqual({ ok: true, value: feed });
    expect(result.ok && result.value !== feed && result.value.series !== feed.series).toBe(true);
  });

  it.each<[string, readonly (string | number)[], unknown, string[]]>([
    // strict objects
    ["an unknown key", ["extra"], 1, ["schema-unrecognized-keys @ "]],
    [
      "an unknown key deep inside",
      ["series", 0, "note"],
      "x",
      ["schema-unrecognized-keys @ series.0"],
    ],
    ["an own __proto__ key", ["area", "__proto__"], {}, ["schema-unrecognized-keys @ area"]],
    ["a missing key", ["sample"], undefined, ["schema-invalid-type @ sample"]],
    ["a list where an object belongs", ["publisher"], [], ["schema-invalid-type @ publisher"]],
    [
      "null where an object belongs",
      ["regions", 1, "name"],
      null,
      ["schema-invalid-type @ regions.1.name"],
    ],
    // strings, their lengths (in code points) and formats
    ["a number where a string belongs", ["licence", "id"], 7, ["schema-invalid-type @ licence.id"]],
    ["a 2,001-character name", ["source", "en"], "x".repeat(2001), ["schema-too-big @ source.en"]],
    ["a 2,000-character name", ["source", "en"], "x".repeat(2000), []],
    ["2,000 emoji (4,000 UTF-16 units)", ["source", "en"], emoji.repeat(2000), []],
    ["2,001 emoji", ["source", "en"], emoji.repeat(2001), ["schema-too-big @ source.en"]],
    [
      "2,001 lone high surrogates",
      ["source", "en"],
      "\ud83d".repeat(2001),
      ["schema-too-big @ source.en"],
    ],
    [
      "a 2,001-item list where a 2,000-character string belongs (wrong type, and too long)",
      ["source", "en"],
      Array(2001).fill(1),
      ["schema-invalid-type @ source.en", "schema-too-big @ source.en"],
    ],
    [
      "a 201-character clause",
      ["targets", 0, "clause"],
      "§".repeat(201),
      ["schema-too-big @ targets.0.clause"],
    ],
    [
      "a 501-character reason",
      ["corrections", 0, "reason"],
      "理".repeat(501),
      ["schema-too-big @ corrections.0.reason"],
    ],
    [
      "a 5-digit region code",
      ["regions", 1, "code"],
      "44140",
      ["schema-invalid-format @ regions.1.code"],
    ],
    [
      "full-width digits in a code",
      ["series", 0, "region"],
      "４４００００",
      ["schema-invalid-format @ series.0.region"],
    ],
    ["month 13", ["release"], "2017-13", ["schema-invalid-format @ release"]],
    ["a one-digit month", ["months", 0], "2017-2", ["schema-invalid-format @ months.0"]],
    ["schema version 2.0.0", ["schemaVersion"], "2.0.0", ["schema-invalid-format @ schemaVersion"]],
    ["schema version 1.12.3", ["schemaVersion"], "1.12.3", []],
    [
      "an upper-case checksum",
      ["checksum"],
      `sha256-${"A".repeat(64)}`,
      ["schema-invalid-format @ checksum"],
    ],
    [
      "a timestamp without offset",
      ["generatedAt"],
      "2017-04-21T09:00:00",
      ["schema-invalid-format @ generatedAt"],
    ],
    [
      "a timestamp without seconds",
      ["generatedAt"],
      "2017-04-21T09:00+08:00",
      ["schema-invalid-format @ generatedAt"],
    ],
    ["a UTC timestamp with a fraction", ["generatedAt"], "2017-04-21T01:00:00.5Z", []],
    [
      "29 February of a common year",
      ["phases", 0, "start"],
      "2017-02-29",
      ["schema-invalid-format @ phases.0.start"],
    ],
    ["29 February of a leap year", ["phases", 0, "start"], "2016-02-29", []],
    [
      "a URL that does not parse",
      ["licence", "url"],
      "not a url",
      ["schema-invalid-format @ licence.url"],
    ],
    ["a URL with spaces around it", ["licence", "url"], "  https://example.org/  ", []],
    [
      "a 501-character URL",
      ["licence", "url"],
      `https://e.org/${"p".repeat(487)}`,
      ["schema-too-big @ licence.url"],
    ],
    // vocabularies
    [
      "an unknown indicator",
      ["series", 0, "indicator"],
      "youths-helped",
      ["schema-invalid-value @ series.0.indicator"],
    ],
    [
      "an unknown phase",
      ["targets", 0, "phase"],
      "phase-4",
      ["schema-invalid-value @ targets.0.phase"],
    ],
    [
      "an unknown status",
      ["progress", 0, "status"],
      "great",
      ["schema-invalid-value @ progress.0.status"],
    ],
    [
      "an unknown level",
      ["regions", 0, "level"],
      "nation",
      ["schema-invalid-value @ regions.0.level"],
    ],
    [
      "suppression not at county level",
      ["suppression", "level"],
      "city",
      ["schema-invalid-value @ suppression.level"],
    ],
    [
      "an unknown timeliness",
      ["timeliness", 0, "values", 1],
      "early",
      ["schema-invalid-value @ timeliness.0.values.1"],
    ],
    // numbers and cells
    ["a negative count", ["series", 0, "values", 0], -1, ["schema-too-small @ series.0.values.0"]],
    [
      "a fractional count",
      ["series", 0, "values", 0],
      1.5,
      ["schema-invalid-union @ series.0.values.0"],
    ],
    [
      "a count beyond 2^53",
      ["series", 0, "values", 0],
      2 ** 53 + 2,
      ["schema-too-big @ series.0.values.0"],
    ],
    [
      "a count below −2^53 (out of range, and negative)",
      ["progress", 0, "actual"],
      -(2 ** 53) - 2,
      ["schema-too-small @ progress.0.actual", "schema-too-small @ progress.0.actual"],
    ],
    ['"<6"', ["corrections", 0, "current"], "<6", ["schema-invalid-union @ corrections.0.current"]],
    ["null as a cell", ["corrections", 0, "current"], null, []],
    [
      "NaN as a cell",
      ["series", 0, "values", 1],
      Number.NaN,
      ["schema-invalid-union @ series.0.values.1"],
    ],
    [
      "a threshold of 0",
      ["suppression", "threshold"],
      0,
      ["schema-too-small @ suppression.threshold"],
    ],
    [
      "a fractional threshold",
      ["suppression", "threshold"],
      2.5,
      ["schema-invalid-type @ suppression.threshold"],
    ],
    ["a negative target", ["targets", 0, "value"], -1, ["schema-too-small @ targets.0.value"]],
    ["a fractional target", ["targets", 0, "value"], 0.5, []],
    [
      "an infinite ratio",
      ["progress", 0, "ratio"],
      Number.POSITIVE_INFINITY,
      ["schema-invalid-type @ progress.0.ratio"],
    ],
    ["a null ratio", ["progress", 0, "ratio"], null, []],
    ['"true" for a boolean', ["sample"], "true", ["schema-invalid-type @ sample"]],
    // lists
    ["no months", ["months"], [], ["schema-too-small @ months"]],
    [
      "1,201 months (one problem; the items are not read)",
      ["months"],
      Array(1201).fill(7),
      ["schema-too-big @ months"],
    ],
    [
      "an empty string for the months",
      ["months"],
      "",
      ["schema-invalid-type @ months", "schema-too-small @ months"],
    ],
    ["11 phases", ["phases"], Array(11).fill(null), ["schema-too-big @ phases"]],
    [
      "201 counties of a pairing",
      ["pairings", 0, "counties"],
      Array(201).fill("441422"),
      ["schema-too-big @ pairings.0.counties"],
    ],
    // optional keys
    ["an optional key left out", ["regions", 2, "inProgrammeArea"], undefined, []],
    [
      "an optional key of the wrong type",
      ["regions", 2, "inProgrammeArea"],
      "yes",
      ["schema-invalid-type @ regions.2.inProgrammeArea"],
    ],
  ])("on %s at %j, reports exactly its problems", (_, path, value, expected) => {
    expect(problemsOf(feedWith(path, value))).toEqual(expected);
  });

  it.each([
    ["a string", "feed", "(root): wrong type, expected object"],
    ["null", null, "(root): wrong type, expected object"],
    ["a list", [], "(root): wrong type, expected object"],
  ])("rejects %s at the root, naming the root", (_, input, message) => {
    const result = checkFeedShape(input);
    expect(result.ok ? [] : result.errors.map((e) => e.message.en)).toEqual([message]);
  });

  it("names the path and the figure in both languages", () => {
    const result = checkFeedShape(feedWith(["corrections", 0, "reason"], "理".repeat(501)));
    expect(result.ok ? undefined : result.errors[0]?.message).toEqual({
      "zh-CN": "corrections.0.reason：超过上限 500",
      en: "corrections.0.reason: above the maximum of 500",
    });
  });

  it("lists every unknown key of an object in one problem", () => {
    const feed = feedWith(["area", "extra"], 1) as Node;
    (feed.area as Node).more = 2;
    const result = checkFeedShape(feed);
    expect(result.ok ? undefined : result.errors[0]?.message.en).toBe(
      "area: unexpected field(s) extra, more",
    );
  });

  it("keeps a URL trimmed in its copy, as zod does", () => {
    const result = checkFeedShape(feedWith(["licence", "url"], "\thttps://example.org/a\n "));
    expect(result.ok && result.value.licence.url).toBe("https://example.org/a");
  });

  it.each([
    ["by default, 1,000 and a last word", {}, 1001, "feed-too-many-problems"],
    ["with maxProblems 10, 10 and a last word", { maxProblems: 10 }, 11, "feed-too-many-problems"],
    [
      "with maxProblems Infinity, all 12,000",
      { maxProblems: Infinity },
      12_000,
      "schema-invalid-type",
    ],
  ])("lists, of 2,000 bad rows' problems, %s", (_, options, count, last) => {
    const feed = syntheticFeed() as unknown as Node;
    // Per row: indicator, phase (invalid values), region, derived, clause (missing), value < 0.
    feed.targets = Array.from({ length: 2000 }, () => ({ value: -1 }));
    const result = checkFeedShape(feed, options);
    const errors = result.ok ? [] : result.errors;
    expect([errors.length, errors.at(-1)?.code]).toEqual([count, last]);
  });

  it("gives feed-unreadable, not an exception, for a getter that throws", () => {
    const feed = Object.defineProperty(syntheticFeed(), "asOf", {
      enumerable: true,
      get() {
        throw new Error("hostile");
      },
    });
    expect(problemsOf(feed)).toEqual(["feed-unreadable @ "]);
  });
});
