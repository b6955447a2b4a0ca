// parseFeed as a whole: what it loads, and how it bounds its list of problems. SYNTHETIC data
// only (the invented feed of synthetic-feed.test-support.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Month } from "../calendar/month.js";
import { feedPatterns } from "./feed-formats.js";
import { mutatedFeed } from "./feed-mutations.test-support.js";
import { feedProblem } from "./feed-words.js";
import { checkFeed, parseFeed } from "./parse-feed.js";
import { PublicFeed } from "./public-feed.js";
import { syntheticFeed } from "./synthetic-feed.test-support.js";

declare global {
  interface ImportMeta {
    glob<T>(patterns: string[], options: object): Record<string, T>;
  }
}

// Every source file of the package, as text, keyed by its path under src/ (Vite reads them: the
// domain's tests use no Node built-ins either). Vite names a file of this folder `./x.ts`.
const sources = new Map(
  Object.entries(
    import.meta.glob<string>(["../**/*.ts", "./*.ts", "!../**/*.test.ts", "!./*.test.ts"], {
      query: "?raw",
      import: "default",
      eager: true,
    }),
  ).map(([key, text]) => [key.replace(/^\.\//, "feed/").replace(/^\.\.\//, ""), text]),
);

/** The modules a module loads at run time (relative imports that are not `import type`). */
function runTimeImports(file: string): string[] {
  const text = sources.get(file) ?? "";
  const found: string[] = [];
  for (const [, what, from] of text.matchAll(
    /^(?:import|export)\s+([^"';]*?)\s*from\s+"([^"]+)"/gms,
  )) {
    if (what?.startsWith("type ") || from === undefined) continue;
    found.push(from);
  }
  for (const [, from] of text.matchAll(/^import\s+"([^"]+)"/gm)) if (from) found.push(from);
  return found;
}

/** The path under src/ of the module `specifier` imported by `from`. */
function resolve(from: string, specifier: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const part of specifier.replace(/\.js$/, ".ts").split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

describe("parseFeed", () => {
  it("loads no zod at run time, through any of the modules it imports", () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of runTimeImports(file)) {
        if (specifier.startsWith(".")) visit(resolve(file, specifier));
        else external.add(specifier);
      }
    };
    visit("feed/parse-feed.ts");
    expect(seen.has("feed/check-feed-shape.ts") && seen.has("result/result.ts")).toBe(true);
    expect([...external]).toEqual([]);
  });

  it("spells the month as calendar/month.ts does, and formats as PublicFeed does", () => {
    const patternOf = (schema: unknown): string | undefined =>
      (schema as { _zod: { def: { checks?: { _zod: { def: { pattern?: RegExp } } }[] } } })._zod.def
        .checks?.[0]?._zod.def.pattern?.source;
    const shape = PublicFeed._zod.def.shape;
    const datePattern = (
      shape.phases._zod.def.element._zod.def.shape.start._zod.def as {
        pattern?: RegExp;
      }
    ).pattern;
    const dateTimePattern = (shape.generatedAt._zod.def as { pattern?: RegExp }).pattern;
    expect({
      month: patternOf(Month),
      schemaVersion: patternOf(shape.schemaVersion),
      checksum: patternOf(shape.checksum),
      isoDate: datePattern?.source,
      isoDateTimeWithOffset: dateTimePattern?.source,
    }).toEqual({
      month: feedPatterns.month.source,
      schemaVersion: feedPatterns.schemaVersion.source,
      checksum: feedPatterns.checksum.source,
      isoDate: feedPatterns.isoDate.source,
      isoDateTimeWithOffset: feedPatterns.isoDateTimeWithOffset.source,
    });
  });

  it.each([
    ["by default, 1,000 and a last word", {}, 1001, "feed-too-many-problems"],
    [
      "with maxProblems Infinity, all 2,000",
      { maxProblems: Infinity },
      2000,
      "feed-unknown-region",
    ],
  ])("lists, of 2,000 rows naming unlisted regions, %s", (_, options, count, last) => {
    const feed = syntheticFeed();
    const row = feed.targets[0];
    if (!row) throw new Error("the synthetic feed has a target");
    feed.targets = Array.from({ length: 2000 }, () => ({ ...row, region: "445300" }));
    const result = parseFeed(feed, options);
    const errors = result.ok ? [] : result.errors;
    expect([errors.length, errors.at(-1)?.code]).toEqual([count, last]);
  });

  it("is checkFeed worded: the same verdict and feed, each issue worded as the problem at its place", () => {
    fc.assert(
      fc.property(mutatedFeed, (feed) => {
        const checked = checkFeed(feed);
        const parsed = parseFeed(feed);
        expect(checked.ok).toBe(parsed.ok);
        if (checked.ok || parsed.ok) {
          expect(checked.ok && parsed.ok && checked.value).toEqual(parsed.ok && parsed.value);
          return;
        }
        // Issues hold figures, never finished sentences (but zod's own "Invalid input").
        for (const issue of checked.issues)
          expect("rule" in issue || !issue.message || issue.message === "Invalid input").toBe(true);
        expect(checked.issues.map(feedProblem)).toEqual(parsed.errors);
      }),
      { numRuns: 300 },
    );
  });
});
