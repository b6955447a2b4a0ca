// Differential test of checkFeedShape against the zod schema PublicFeed, on SYNTHETIC feeds: the
// invented feed of synthetic-feed.test-support.ts (and a variant with every optional key), to
// which random mutations are applied at random paths.
//
// Agreement, precisely: for every generated input x,
//   checkFeedShape(x)  equals  PublicFeed.safeParse(x) mapped as parseFeed always mapped it:
//   - success: both succeed, and the checker's copy deep-equals zod's output (same keys, same
//     values, URLs trimmed alike);
//   - failure: both fail, and the checker's problems equal problemsFromZod(issues) as a list:
//     same length, and item by item the same code, JSON path and zh-CN/en message (hence the same
//     figures: maximum, minimum, expected type, format, unknown keys), in the same order.
// That is with `maxProblems: Infinity`. Deliberate differences, both outside what zod defines:
//   - with the default `maxProblems` (DECISION, 1000) the checker's list is zod's cut after 1000
//     problems, then `feed-too-many-problems` (tested below);
//   - an input that throws when read (getter, proxy) is `feed-unreadable` here, as parseFeed
//     always reported it; and so is, on the zod route only, a feed of more than about 120,000
//     problems (zod spreads them into one call's arguments and overflows the stack);
//   - an `invalid_union` message quotes zod's default wording ("Invalid input"); a program that
//     loads a zod locale (z.config) changes zod's wording, not the checker's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { problemsFromZod } from "../result/from-zod.js";
import { checkFeedShape } from "./check-feed-shape.js";
import { fullFeed, mutatedFeed } from "./feed-mutations.test-support.js";
import { PublicFeed } from "./public-feed.js";
import { syntheticFeed } from "./synthetic-feed.test-support.js";

function zodRoute(input: unknown) {
  const parsed = PublicFeed.safeParse(input);
  return parsed.success
    ? { ok: true as const, value: parsed.data }
    : { ok: false as const, errors: problemsFromZod(parsed.error.issues) };
}

function expectAgreement(input: unknown): void {
  const zod = zodRoute(input);
  const checked = checkFeedShape(input, { maxProblems: Number.POSITIVE_INFINITY });
  expect(checked.ok).toBe(zod.ok);
  if (zod.ok && checked.ok) expect(checked.value).toEqual(zod.value);
  if (!zod.ok && !checked.ok) expect(checked.errors).toEqual(zod.errors);
}

describe("checkFeedShape agrees with the zod schema PublicFeed", () => {
  it.each([
    ["the synthetic feed", syntheticFeed()],
    ["the synthetic feed with every optional key", fullFeed()],
  ])("accepts %s as zod does, with the same copy", (_, feed) => {
    expect(checkFeedShape(feed).ok).toBe(true);
    expectAgreement(feed);
  });

  it("gives the same problems (codes, paths, messages, order) on 3,000 mutated feeds", () => {
    fc.assert(
      fc.property(mutatedFeed, ({ feed }) => {
        expectAgreement(feed);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it("rejects about as many mutated feeds as it accepts, so that the agreement means something", () => {
    const outcomes = fc
      .sample(mutatedFeed, { numRuns: 500, seed: 20160720 })
      .map(({ feed }) => checkFeedShape(feed).ok);
    const accepted = outcomes.filter(Boolean).length;
    expect(accepted).toBeGreaterThan(25);
    expect(accepted).toBeLessThan(475);
  });

  it("cuts the list after maxProblems, ending it with feed-too-many-problems", () => {
    fc.assert(
      fc.property(mutatedFeed, fc.integer({ min: 1, max: 4 }), ({ feed }, maxProblems) => {
        const all = checkFeedShape(feed, { maxProblems: Number.POSITIVE_INFINITY });
        const cut = checkFeedShape(feed, { maxProblems });
        const allErrors = all.ok ? [] : all.errors;
        const expected =
          allErrors.length > maxProblems
            ? [...allErrors.slice(0, maxProblems).map((e) => e.code), "feed-too-many-problems"]
            : allErrors.map((e) => e.code);
        expect(cut.ok ? [] : cut.errors.map((e) => e.code)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same problems on arbitrary values and JSON values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (value) => {
        expectAgreement(value);
      }),
      { numRuns: 1000 },
    );
  });
});
