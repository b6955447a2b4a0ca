// Hostile input for parseFeed: generated malformed feeds (fast-check), deep nesting, 50 MB
// documents, cycles, throwing getters and proxies. SYNTHETIC data only: the base feed below is
// invented (two counties, two months) and marked `sample: true`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicatorIds } from "../indicators/indicator-ids.js";
import { phaseIds } from "../programme/phase-ids.js";
import { parseFeed } from "./parse-feed.js";
import { type PublicFeed, progressStatuses } from "./public-feed.js";
import { syntheticFeed } from "./synthetic-feed.test-support.js";

// Every value some enumeration of the schema allows: a generated "unknown code" is none of them.
const enumValues = new Set<string>([
  ...indicatorIds,
  ...phaseIds,
  ...progressStatuses,
  ...["province", "city", "county", "high", "medium", "low", "on-time", "late", "missing"],
]);

type Path = readonly (string | number)[];
type Json = Record<string | number, unknown>;

/** Where each kind of field lives in the synthetic feed, and values that can never be valid there. */
const fieldKinds: readonly { paths: readonly Path[]; bad: fc.Arbitrary<unknown> }[] = [
  {
    // Strings (none of them nullable): anything that is not a string.
    paths: [
      ["schemaVersion"],
      ["release"],
      ["generatedAt"],
      ["publisher", "name", "zh-CN"],
      ["licence", "id"],
      ["licence", "url"],
      ["checksum"],
      ["source", "en"],
      ["months", 0],
      ["indicators", 0, "unit", "en"],
      ["phases", 0, "start"],
      ["regions", 1, "code"],
      ["regions", 2, "name", "zh-CN"],
      ["area", "counties", 0],
      ["area", "source"],
      ["series", 0, "region"],
      ["targets", 0, "clause"],
      ["timeliness", 0, "unit"],
      ["corrections", 0, "reason"],
      ["pairings", 0, "source"],
    ],
    bad: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    ),
  },
  {
    // Published counts: negative, fractional, huge (beyond 2^53), not finite, or not a number.
    paths: [
      ["series", 0, "values", 0],
      ["series", 3, "values", 1],
      ["progress", 0, "actual"],
      ["corrections", 0, "current"],
    ],
    bad: fc.oneof(
      fc.integer({ max: -1 }),
      fc.double({ min: 0.001, max: 1e6, noInteger: true }),
      fc.constantFrom(2 ** 53 + 2, 1e300, Number.MAX_VALUE, Number.NaN, Infinity, -Infinity, -0.5),
      fc.string().filter((s) => s !== "<5" && s !== "suppressed"),
      fc.constantFrom("<6", "<5 ", "SUPPRESSED", "5", true, {}, []),
    ),
  },
  {
    paths: [
      ["targets", 0, "value"],
      ["suppression", "threshold"],
    ],
    bad: fc.oneof(
      fc.integer({ max: -1 }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, "10", null),
    ),
  },
  {
    paths: [
      ["sample"],
      ["area", "sample"],
      ["indicators", 0, "countsPeople"],
      ["targets", 0, "derived"],
    ],
    bad: fc.constantFrom("true", 1, 0, null, "yes", [], {}),
  },
  {
    // Unknown codes in enumerations and code fields.
    paths: [
      ["series", 1, "indicator"],
      ["indicators", 0, "id"],
      ["targets", 0, "phase"],
      ["progress", 0, "status"],
      ["regions", 0, "level"],
      ["pairings", 0, "confidence"],
      ["timeliness", 0, "values", 0],
      ["suppression", "level"],
    ],
    bad: fc.oneof(
      fc.string().filter((s) => !enumValues.has(s)),
      fc.constantFrom(
        "unknown-indicator",
        "phase-4",
        "great",
        "town",
        "certain",
        "early",
        "nation",
      ),
    ),
  },
  {
    // Region codes that are not six digits.
    paths: [
      ["regions", 3, "code"],
      ["series", 2, "region"],
      ["pairings", 0, "helped"],
    ],
    bad: fc.oneof(
      fc.string().filter((s) => !/^\d{6}$/.test(s)),
      fc.constantFrom("44140", "4414000", "44140X", "４４１４００", " 441400", "441400\n"),
    ),
  },
  {
    // Any schemaVersion but 1.x.y.
    paths: [["schemaVersion"]],
    bad: fc.oneof(
      fc.string().filter((s) => !/^1\.\d+\.\d+$/.test(s)),
      fc.constantFrom("2.0.0", "0.9.9", "1.0", "v1.0.0", "1.0.0-beta", "10.0.0", ""),
    ),
  },
  {
    // Months that are not YYYY-MM, and ISO timestamps that are not.
    paths: [["release"], ["asOf"], ["months", 1], ["corrections", 0, "month"], ["generatedAt"]],
    bad: fc.constantFrom("2017-13", "2017-3", "17-03", "2017/03", "2017-03-01", "March 2017", ""),
  },
];

/** Keys each object of the feed requires (the optional ones are left out). */
const requiredKeys: readonly [Path, readonly string[]][] = [
  [[], Object.keys(syntheticFeed())],
  [["publisher"], ["name"]],
  [
    ["publisher", "name"],
    ["zh-CN", "en"],
  ],
  [["licence"], ["id", "name", "url"]],
  [
    ["regions", 2],
    ["code", "level", "name", "parent"],
  ],
  [
    ["series", 0],
    ["indicator", "region", "values"],
  ],
  [
    ["targets", 0],
    ["indicator", "phase", "region", "value", "derived", "clause"],
  ],
  [
    ["progress", 0],
    ["indicator", "region", "status", "actual", "expected", "ratio", "target", "phase"],
  ],
  [
    ["corrections", 0],
    ["release", "unit", "month", "indicator", "region", "previous", "current", "reason"],
  ],
  [
    ["pairings", 0],
    ["helping", "helped", "source", "confidence"],
  ],
  [["area"], ["counties", "sample", "source"]],
  [["suppression"], ["threshold", "level", "method"]],
];

function at(root: unknown, path: Path): Json {
  let node = root as Json;
  for (const key of path) node = node[key] as Json;
  return node;
}

function replaced(path: Path, value: unknown): PublicFeed {
  const feed = syntheticFeed();
  const parent = at(feed, path.slice(0, -1));
  parent[path.at(-1) as string | number] = value;
  return feed;
}

/** One malformed feed and what was done to it (shown when a case fails). */
const malformedFeed: fc.Arbitrary<{ what: string; feed: unknown }> = fc.oneof(
  ...fieldKinds.map(({ paths, bad }) =>
    fc.tuple(fc.constantFrom(...paths), bad).map(([path, value]) => ({
      what: `wrong value at ${path.join(".")}: ${fc.stringify(value)}`,
      feed: replaced(path, value),
    })),
  ),
  fc
    .constantFrom(...requiredKeys)
    .chain(([path, keys]) => fc.tuple(fc.constant(path), fc.constantFrom(...keys)))
    .map(([path, key]) => {
      const feed = syntheticFeed();
      delete at(feed, path)[key];
      return { what: `missing ${[...path, key].join(".")}`, feed };
    }),
  fc
    .tuple(
      fc.constantFrom<Path>(
        [],
        ["publisher"],
        ["regions", 0],
        ["series", 0],
        ["area"],
        ["pairings", 0],
      ),
      fc.string({ minLength: 1 }).filter((k) => !["__proto__", "constructor"].includes(k)),
      fc.jsonValue(),
    )
    .filter(([path, key]) => !(key in at(syntheticFeed(), path)))
    .map(([path, key, value]) => {
      const feed = syntheticFeed();
      at(feed, path)[key] = value;
      return { what: `unknown field ${[...path, key].join(".")}`, feed };
    }),
  fc
    .constantFrom(
      ["series values not aligned with months", (f: Json) => (at(f, ["series", 0]).values = [1])],
      ["asOf not the last month", (f: Json) => (f.asOf = "2017-02")],
      ["series of an unlisted region", (f: Json) => (at(f, ["series", 1]).region = "445300")],
      ["timeliness not aligned", (f: Json) => (at(f, ["timeliness", 0]).values = [])],
      ["no months", (f: Json) => (f.months = [])],
      ["1,201 months", (f: Json) => (f.months = Array(1201).fill("2017-03"))],
      [
        "a 2,001-character name",
        (f: Json) => (at(f, ["regions", 0, "name"]).en = "x".repeat(2001)),
      ],
      [
        "a 501-character reason",
        (f: Json) => (at(f, ["corrections", 0]).reason = "理".repeat(501)),
      ],
      ["1,001 regions", (f: Json) => (f.regions = Array(1001).fill(at(f, ["regions", 0])))],
    )
    .map(([what, mutate]) => {
      const feed = syntheticFeed() as unknown as Json;
      mutate(feed);
      return { what, feed };
    }),
  fc.anything().map((feed) => ({ what: "an arbitrary value", feed })),
  fc.jsonValue().map((feed) => ({ what: "an arbitrary JSON value", feed })),
);

/** Nested arrays (or objects) `depth` levels deep, built without recursion. */
function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = kind === "array" ? [] : {};
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

function expectRejected(input: unknown): void {
  let result: ReturnType<typeof parseFeed> | undefined;
  expect(() => {
    result = parseFeed(input);
  }).not.toThrow();
  expect(result?.ok).toBe(false);
  if (result && !result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(typeof e.code).toBe("string");
      expect(typeof e.message["zh-CN"]).toBe("string");
      expect(typeof e.message.en).toBe("string");
    }
  }
}

describe("parseFeed on hostile input", () => {
  it("accepts the synthetic base feed (so that every rejection below is the mutation's doing)", () => {
    expect(parseFeed(syntheticFeed()).ok).toBe(true);
  });

  it("rejects 2,000 generated malformed feeds with problems, never throwing", () => {
    fc.assert(
      fc.property(malformedFeed, ({ feed }) => {
        const result = parseFeed(feed);
        return !result.ok && result.errors.length > 0;
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it.each([
    ["arrays", "array"],
    ["objects", "object"],
  ] as const)("rejects 100,000 levels of nested %s anywhere, never throwing", (_, kind) => {
    const deep = nested(100_000, kind);
    expectRejected(deep);
    expectRejected(replaced(["series"], deep));
    expectRejected(replaced(["regions", 0, "name", "en"], deep));
    expectRejected(replaced(["series", 0, "values", 0], deep));
    const extra = syntheticFeed() as unknown as Json;
    extra.extra = deep;
    expectRejected(extra);
  });

  it("rejects a 50 MB feed and a 50 MB string field without throwing", () => {
    // 100,000 corrections (the schema's maximum) with 500-character reasons: shape-valid, but
    // the last one has a negative count.
    const feed = syntheticFeed() as unknown as Json;
    const correction = at(feed, ["corrections", 0]);
    const corrections: Json[] = Array.from({ length: 100_000 }, (_, i) => ({
      ...correction,
      reason: `${i} ${"r".repeat(494)}`.slice(0, 500),
    }));
    corrections[99_999] = { ...correction, current: -1 };
    feed.corrections = corrections;
    expect(JSON.stringify(feed).length).toBeGreaterThan(50_000_000);
    const started = performance.now();
    expectRejected(feed);
    expectRejected(replaced(["source", "en"], "数".repeat(25_000_000)));
    // About 2 s on an idle 2-core machine (docs/reliability.md); the bound only catches a
    // pathological slow-down, not a busy CI host.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 120_000);

  it("rejects cyclic objects, never throwing", () => {
    const selfParent = syntheticFeed() as unknown as Json;
    at(selfParent, ["publisher"]).name = selfParent;
    expectRejected(selfParent);
    const cycleInList = syntheticFeed() as unknown as Json;
    const list: unknown[] = [];
    list.push(list);
    cycleInList.series = list;
    expectRejected(cycleInList);
    const cycleInExtra = syntheticFeed() as unknown as Json;
    cycleInExtra.self = cycleInExtra;
    expectRejected(cycleInExtra);
  });

  it.each<[string, () => unknown]>([
    [
      "a getter that throws at the root",
      () =>
        Object.defineProperty(syntheticFeed(), "release", {
          enumerable: true,
          get() {
            throw new Error("hostile getter");
          },
        }),
    ],
    [
      "a getter that throws deep inside a series",
      () => {
        const feed = syntheticFeed();
        Object.defineProperty(feed.series[2]?.values, 0, {
          enumerable: true,
          get() {
            throw new TypeError("hostile getter");
          },
        });
        return feed;
      },
    ],
    [
      "a proxy whose every trap throws",
      () =>
        new Proxy(syntheticFeed(), {
          get() {
            throw new Error("get");
          },
          has() {
            throw new Error("has");
          },
          ownKeys() {
            throw new Error("ownKeys");
          },
          getOwnPropertyDescriptor() {
            throw new Error("getOwnPropertyDescriptor");
          },
          getPrototypeOf() {
            throw new Error("getPrototypeOf");
          },
        }),
    ],
    [
      "a revoked proxy",
      () => {
        const { proxy, revoke } = Proxy.revocable(syntheticFeed(), {});
        revoke();
        return proxy;
      },
    ],
    [
      "a value whose toString, valueOf and toJSON throw",
      () => {
        const feed = syntheticFeed() as unknown as Json;
        const hostile = {
          toString() {
            throw new Error("toString");
          },
          valueOf() {
            throw new Error("valueOf");
          },
          toJSON() {
            throw new Error("toJSON");
          },
        };
        feed.release = hostile;
        at(feed, ["regions", 0]).code = hostile;
        return feed;
      },
    ],
    [
      "a sparse list of 2^32 − 1 months",
      () => {
        const months: string[] = [];
        months.length = 2 ** 32 - 1;
        return replaced(["months"], months);
      },
    ],
    ["a symbol", () => Symbol("feed")],
    ["a function", () => () => syntheticFeed()],
    ["a BigInt count", () => replaced(["series", 0, "values", 0], 10n)],
  ])("rejects %s, never throwing", (_, make) => {
    expectRejected(make());
  });

  it("gives a result, never an exception, for a proxy that answers differently each time", () => {
    let reads = 0;
    const shifty = new Proxy(syntheticFeed(), {
      get(target, key, receiver) {
        if (key === "months") reads += 1;
        return key === "months" && reads % 2 === 0 ? 42 : Reflect.get(target, key, receiver);
      },
    });
    const result = parseFeed(shifty);
    // Whatever zod read, a result that claims success carries a copy whose months are a list.
    expect(result.ok ? Array.isArray(result.value.months) : result.errors.length > 0).toBe(true);
  });
});
