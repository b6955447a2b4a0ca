// Generated malformed feeds for the elements' error-state tests: mutations of the SYNTHETIC test
// feed (test/make-feed.ts) that the schema must reject, and arbitrary values.
import fc from "fast-check";
import { makeFeed } from "../make-feed.js";

type Path = readonly (string | number)[];
type Json = Record<string | number, unknown>;

function at(root: unknown, path: Path): Json {
  let node = root as Json;
  for (const key of path) node = node[key] as Json;
  return node;
}

function mutated(path: Path, change: (parent: Json, key: string | number) => void): Json {
  const feed = structuredClone(makeFeed()) as unknown as Json;
  change(at(feed, path.slice(0, -1)), path.at(-1) as string | number);
  return feed;
}

const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.integer(), { maxKeys: 3 }),
);
const badCount = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ min: 0.001, max: 1e6, noInteger: true, noNaN: true }),
  fc.constantFrom(2 ** 53 + 2, 1e300, "5", "<6", "SUPPRESSED", true, [], {}),
);
const badCode = fc.constantFrom("44140", "4414000", "44140X", "", "unknown-indicator", "phase-4");

const wrongValues: readonly [Path, fc.Arbitrary<unknown>][] = [
  [["schemaVersion"], fc.constantFrom("2.0.0", "0.9.9", "1.0", "v1.0.0", "1.0.0-beta", 1, null)],
  [["release"], fc.constantFrom("2017-13", "2017-3", "March 2017", 201703)],
  [["asOf"], fc.constantFrom("2017-02", "2017-13", null)],
  [["generatedAt"], fc.constantFrom("yesterday", "2017-04-21", 0)],
  [["publisher", "name", "zh-CN"], notAString],
  [["source", "en"], notAString],
  [["months"], fc.constantFrom([], "2017-03", null, Array(1201).fill("2017-03"))],
  [["months", 0], fc.constantFrom("2016-8", "2016-13", 201608, null)],
  [["regions", 1, "code"], badCode],
  [["regions", 1, "level"], fc.constantFrom("town", "City", "", null)],
  [["regions", 2, "name"], fc.constantFrom("广州市", null, { "zh-CN": "广州市" }, [])],
  [["series", 0, "indicator"], badCode],
  [["series", 0, "region"], fc.constantFrom("445300", "44000", null)],
  [["series", 0, "values"], fc.constantFrom([1], [], "12345678", null)],
  [["series", 0, "values", 7], badCount],
  [["series", 3, "values", 2], badCount],
  [["targets", 0, "value"], fc.constantFrom(-1, "3500", null, Number.NaN)],
  [["targets", 0, "phase"], badCode],
  [["progress", 0, "status"], fc.constantFrom("great", "", null, 1)],
  [["progress", 0, "actual"], badCount],
  [["timeliness", 0, "values", 0], fc.constantFrom("early", "", null, true)],
  [["corrections", 0, "current"], badCount],
  [["corrections", 0, "reason"], fc.constantFrom("理".repeat(501), null, 42)],
  [["pairings", 0, "confidence"], fc.constantFrom("certain", "", null)],
  [["suppression", "threshold"], fc.constantFrom(0, -5, 2.5, "5")],
  [["sample"], fc.constantFrom("true", 1, null)],
];

const requiredKeys: readonly [Path, readonly string[]][] = [
  [[], Object.keys(makeFeed())],
  [
    ["regions", 2],
    ["code", "level", "name", "parent"],
  ],
  [
    ["series", 0],
    ["indicator", "region", "values"],
  ],
  [
    ["progress", 0],
    ["indicator", "region", "status", "actual"],
  ],
  [["licence"], ["id", "name", "url"]],
];

/** A feed the schema must reject, and what was done to it. */
export const malformedFeed: fc.Arbitrary<{ what: string; feed: unknown }> = fc.oneof(
  fc
    .constantFrom(...wrongValues)
    .chain(([path, bad]) => fc.tuple(fc.constant(path), bad))
    .map(([path, value]) => ({
      what: `${path.join(".")} = ${JSON.stringify(value)?.slice(0, 40)}`,
      feed: mutated(path, (parent, key) => {
        parent[key] = value;
      }),
    })),
  fc
    .constantFrom(...requiredKeys)
    .chain(([path, keys]) => fc.tuple(fc.constant(path), fc.constantFrom(...keys)))
    .map(([path, key]) => ({
      what: `no ${[...path, key].join(".")}`,
      feed: mutated([...path, key], (parent, k) => {
        delete parent[k];
      }),
    })),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
    .filter(([key]) => !(key in makeFeed()) && key !== "__proto__")
    .map(([key, value]) => ({
      what: `unknown field ${key}`,
      feed: mutated([key], (parent, k) => {
        parent[k] = value;
      }),
    })),
  fc
    .anything({ maxDepth: 3 })
    .filter((v) => v !== undefined && v !== null)
    .map((feed) => ({ what: "an arbitrary value", feed })),
);

/** Nested arrays `depth` levels deep, as JSON text (built without recursion). */
export function deeplyNestedJson(depth: number): string {
  return `${"[".repeat(depth)}${"]".repeat(depth)}`;
}

/**
 * A JSON text of more than 50 MB that is a feed in shape but not valid: 100,000 corrections with
 * 500-character reasons, the last with a negative count.
 */
export function fiftyMegabyteFeedJson(): string {
  const feed = makeFeed();
  const correction = feed.corrections[0] as (typeof feed.corrections)[number];
  const reason = "r".repeat(500);
  const corrections = Array.from({ length: 100_000 }, () => ({ ...correction, reason }));
  corrections[99_999] = { ...correction, current: -1 } as unknown as typeof correction;
  return JSON.stringify({ ...feed, corrections });
}
