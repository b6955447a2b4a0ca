// SYNTHETIC feeds for the differential test of checkFeedShape (check-feed-shape.property.test.ts):
// the invented feed of synthetic-feed.test-support.ts, or a variant with every optional key, after
// one to three random mutations at random paths. Test support only (not built into the package).
import fc from "fast-check";
import { indicatorIds } from "../indicators/indicator-ids.js";
import type { PublicFeed } from "./public-feed.js";
import { syntheticFeed } from "./synthetic-feed.test-support.js";

type Path = readonly (string | number)[];
type Node = Record<string | number, unknown>;

/** The synthetic feed with every optional key present too (URL, formula, pairing counties). */
export function fullFeed(): PublicFeed {
  const feed = syntheticFeed();
  feed.publisher.url = "https://example.org/publisher";
  const target = feed.targets[0];
  if (target) target.formula = "70 × 5 = 350";
  const pairing = feed.pairings[0];
  if (pairing) pairing.counties = ["441422", "441426"];
  return feed;
}

/** Every path of a JSON tree (objects, lists and leaves), the root first. */
function pathsOf(root: unknown): Path[] {
  const out: Path[] = [];
  const walk = (node: unknown, path: Path) => {
    out.push(path);
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, [...path, i]);
    } else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(root, []);
  return out;
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Node)[key];
  }
  return node;
}

/** Sets a key as an own, enumerable data property (even `__proto__`, as JSON.parse would). */
function define(node: Node, key: string | number, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

// A copy of a generated value for each use: `fc.constantFrom` hands out the same object every
// time, which a later mutation could otherwise change, or insert into itself.
const fresh = (value: unknown): unknown => structuredClone(value);

const longText = (n: number) => fc.constantFrom("x", "理", "😀").map((c) => c.repeat(n));

/** Texts around a limit in code points and in UTF-16 units (an emoji is one of the first, two of the second). */
const textsAround = (limit: number) =>
  fc.oneof(
    fc.constantFrom(limit - 1, limit, limit + 1).chain(longText),
    fc
      .constantFrom(Math.floor(limit / 2), Math.floor(limit / 2) + 1, limit - 1, limit, limit + 1)
      .map((n) => `${"😀".repeat(n)}`),
    fc.constantFrom(
      `x${"😀".repeat(limit / 2)}`,
      `😀${"x".repeat(limit - 1)}`,
      `\ud83d${"x".repeat(limit)}`,
    ),
  );

// Numbers at the edges of what JSON, integers and the checks' bounds allow.
const edgeNumbers = [
  0,
  -0,
  1,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e300,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0.5,
  -0.5,
];

const numbers = fc.constantFrom<unknown>(...edgeNumbers, 5, -1, "5", null);

const urls = fc.constantFrom(
  "https://example.org/x",
  "  https://example.org/padded  ",
  "https://exa\nmple.org/",
  "\thttps://example.org/tab\r\n",
  "http:example.org",
  "mailto:someone@example.org",
  "not a url",
  "//example.org",
  "https://",
  "",
  `https://example.org/${"p".repeat(480)}`,
  ` https://example.org/${"p".repeat(480)} `,
  `https://example.org/${"😀".repeat(240)}`,
);

const datetimes = fc.constantFrom(
  "2017-04-21T09:00:00+08:00",
  "2017-04-21T09:00:00.123Z",
  "2017-04-21T09:00:00",
  "2017-04-21T09:00+08:00",
  "2017-04-21 09:00:00Z",
  "2017-02-29T00:00:00Z",
  "2016-02-29T23:59:59-05:30",
  "2017-04-21T24:00:00Z",
  "2017-04-21T09:00:00+24:00",
  "2017-01-01",
  "2016-02-29",
  "2017-02-29",
  "2017-04-31",
  "17-01-01",
);

/** Values that break (or sometimes happen to fit) the feed's rules, wherever they land. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer({ min: -1000, max: -1 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...edgeNumbers),
  fc.constantFrom(99, 100, 101, 199, 200, 201, 499, 500, 501, 1999, 2000, 2001).chain(longText),
  fc.constantFrom(
    ...indicatorIds,
    "unknown-indicator",
    "foundation",
    "phase-4",
    "province",
    "town",
    "county",
    "on-time",
    "early",
    "high",
    "certain",
    "achieved",
    "great",
    "<5",
    "<6",
    "suppressed",
    "SUPPRESSED",
    "",
  ),
  fc.constantFrom(
    "2017-03",
    "2017-13",
    "2017-00",
    "2017-3",
    "0000-01",
    "2017/03",
    "2017-03-01",
    "441422",
    "44142",
    "4414220",
    "４４１４２２",
    "441422\n",
    "1.0.0",
    "1.10.200",
    "2.0.0",
    "1.0",
    `sha256-${"a".repeat(64)}`,
    `sha256-${"A".repeat(64)}`,
    `sha256-${"0".repeat(63)}`,
  ),
  urls,
  datetimes,
  numbers,
  fc.array(fc.constantFrom("2017-03", 1, null, "<5", "441422", "late"), { maxLength: 4 }),
  fc.constantFrom({}, [], { length: 5000 }, { length: "x" }, { length: null }),
);

/** Keys no object of the feed has (or has elsewhere), including awkward ones. */
const unknownKey = fc.oneof(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.constantFrom("__proto__", "constructor", "toString", "0", "extra", "zh-cn", "values", "url"),
);

type Mutation = (feed: unknown, paths: readonly Path[]) => string;

/** Fields of the (full) synthetic feed by kind, with values that test that kind's edges. */
const fieldKinds: readonly [readonly Path[], fc.Arbitrary<unknown>][] = [
  [
    [
      ["publisher", "name", "zh-CN"],
      ["source", "en"],
      ["regions", 2, "name", "en"],
    ],
    textsAround(2000),
  ],
  [
    [
      ["targets", 0, "clause"],
      ["targets", 0, "formula"],
      ["licence", "name"],
    ],
    textsAround(200),
  ],
  [
    [
      ["corrections", 0, "reason"],
      ["area", "source"],
      ["pairings", 0, "source"],
    ],
    textsAround(500),
  ],
  [[["licence", "id"]], textsAround(100)],
  [
    [
      ["publisher", "url"],
      ["licence", "url"],
    ],
    urls,
  ],
  [[["generatedAt"], ["phases", 0, "start"], ["phases", 0, "end"]], datetimes],
  [[["suppression", "threshold"]], numbers],
  [
    [
      ["targets", 0, "value"],
      ["progress", 0, "expected"],
      ["progress", 0, "actual"],
      ["series", 1, "values", 0],
      ["corrections", 0, "previous"],
    ],
    numbers,
  ],
];

const targetedMutation: fc.Arbitrary<Mutation> = fc
  .constantFrom(...fieldKinds)
  .chain(([paths, values]) => fc.tuple(fc.constantFrom(...paths), values))
  .map(([path, value]): Mutation => {
    return (feed) => {
      const parent = at(feed, path.slice(0, -1));
      if (parent === null || typeof parent !== "object") return "nothing (the field is gone)";
      define(parent as Node, path.at(-1) as string | number, fresh(value));
      return `set ${path.join(".")} to ${JSON.stringify(value)?.slice(0, 40)}`;
    };
  });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  targetedMutation,
  // Delete a key of an object, or an item of a list.
  fc.nat().map(
    (n): Mutation =>
      (feed, paths) => {
        const path = paths[1 + (n % (paths.length - 1))] ?? [];
        const parent = at(feed, path.slice(0, -1));
        const key = path.at(-1) as string | number;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Node)[key];
        return `delete ${path.join(".")}`;
      },
  ),
  // Add an unknown key to an object (or an item to a list).
  fc.tuple(fc.nat(), unknownKey, badValue).map(([n, key, value]): Mutation => {
    return (feed, paths) => {
      const containers = paths.filter((p) => {
        const node = at(feed, p);
        return node !== null && typeof node === "object";
      });
      const path = containers[n % containers.length] ?? [];
      const node = at(feed, path) as Node;
      if (Array.isArray(node)) node.push(fresh(value));
      else define(node, key, fresh(value));
      return `add ${JSON.stringify(key)} at ${path.join(".")}`;
    };
  }),
  // Replace a value (a leaf, an object or a list) by another.
  fc.tuple(fc.nat(), badValue).map(([n, value]): Mutation => {
    return (feed, paths) => {
      const path = paths[1 + (n % (paths.length - 1))] ?? [];
      define(at(feed, path.slice(0, -1)) as Node, path.at(-1) as string | number, fresh(value));
      return `replace ${path.join(".")} by ${JSON.stringify(value)?.slice(0, 40)}`;
    };
  }),
  // Grow a list to a length around its limit by repeating its first item.
  fc
    .tuple(fc.nat(), fc.constantFrom(0, 1, 10, 11, 100, 101, 200, 201, 1000, 1001, 1200, 1201))
    .map(([n, length]): Mutation => {
      return (feed, paths) => {
        const lists = paths.filter((p) => Array.isArray(at(feed, p)));
        const path = lists[n % lists.length] ?? [];
        const list = at(feed, path) as unknown[];
        const first = list[0] ?? "2017-03";
        list.length = 0;
        for (let i = 0; i < length; i++) list.push(structuredClone(first));
        return `grow ${path.join(".")} to ${length}`;
      };
    }),
);

/** A feed after one to three mutations, with what was done (shown when a case fails). */
export const mutatedFeed = fc
  .tuple(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([full, mutations]) => {
    const feed: unknown = full ? fullFeed() : syntheticFeed();
    const done = mutations.map((mutate) => mutate(feed, pathsOf(feed)));
    return { done, feed };
  });
