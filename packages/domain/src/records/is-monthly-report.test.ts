import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportedIndicatorIds } from "../indicators/indicator-ids.js";
import { isMonthlyReport } from "./is-monthly-report.js";
import { MonthlyReport } from "./monthly-report.js";
import { syntheticCounts, syntheticReport } from "./synthetic-report.test-support.js";

const counts = syntheticCounts;
const report = syntheticReport;
const withCounty = (row: object) => ({ ...report, counties: [row] });
const withCorrection = (change: object) => ({
  ...report,
  corrections: [{ ...report.corrections[0], ...change }],
});
const withCounts = (change: object) =>
  withCounty({ county: "441481", counts: { ...counts, ...change } });
const inherited = Object.assign(Object.create({ extra: 1 }), report);

// Mostly valid values with the odd wrong one, so that generated reports land on both sides.
const sometimes = <T>(valid: fc.Arbitrary<T>, ...wrong: fc.Arbitrary<unknown>[]) =>
  fc.oneof(
    { arbitrary: valid, weight: 40 },
    ...wrong.map((arbitrary) => ({ arbitrary, weight: 1 })),
  );
const regionCode = sometimes(
  fc.stringMatching(/^\d{6}$/),
  fc.constantFrom("44140", "4414000", "44140a", "441400\n", "４４１４００", 441400, null),
);
const monthText = sometimes(
  fc.stringMatching(/^\d{4}-(0[1-9]|1[0-2])$/),
  fc.constantFrom("2017-13", "2017-3", "2017/03", " 2017-03", "2017-03\n", 201703),
);
const receivedAtText = sometimes(
  fc.oneof(
    fc.constant(null),
    fc.constantFrom(
      "2017-04-18T10:00:00+08:00",
      "2017-04-18T10:00:00.5Z",
      "2016-02-29T23:59:59.999+08:00",
    ),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  ),
  fc.constantFrom(
    "2017-04-18T10:00+08:00",
    "2017-02-29T10:00:00+08:00",
    "2017-04-18 10:00:00+08:00",
    "2017-04-18T10:00:00",
    "2017-04-18T24:00:00Z",
    "",
    undefined,
  ),
);
const count = sometimes(
  fc.nat(),
  fc.constantFrom(-1, 1.5, -0, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, "3", null),
);
const text = (max: number) =>
  sometimes(
    fc.string({ maxLength: max, unit: "grapheme-composite" }).filter((s) => s.length <= max),
    fc.constantFrom("x".repeat(max + 1), 7, null),
  );
// null mostly, now and then a value.
const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 40 }, { arbitrary: arb, weight: 1 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
// A strict object with some keys left out (`requiredKeys` lists the ones mostly kept) and,
// now and then, an extra one.
const object = (
  fields: Record<string, fc.Arbitrary<unknown>>,
  optionalKeys: readonly string[] = [],
): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.record(fields, {
        requiredKeys: Object.keys(fields).filter((k) => !optionalKeys.includes(k)),
      }),
      rarely(fc.constantFrom("extra", "__proto__", "counts", "month")),
      rarely(fc.constantFrom(...Object.keys(fields))),
    )
    .map(([value, extra, dropped]) => {
      const out: Record<string, unknown> = { ...value };
      if (dropped !== null) delete out[dropped];
      if (extra !== null) Object.defineProperty(out, extra, { value: 1, enumerable: true });
      return out;
    });
const countsObject = object(Object.fromEntries(reportedIndicatorIds.map((id) => [id, count])));
const countyRow = object({ county: regionCode, counts: countsObject, note: text(500) }, ["note"]);
const correction = object({
  month: monthText,
  county: regionCode,
  indicator: sometimes(fc.constantFrom(...reportedIndicatorIds), fc.constant("reports-on-time")),
  value: count,
  reason: sometimes(text(500), fc.constant("")),
});
const reports = object(
  {
    unit: regionCode,
    month: monthText,
    receivedAt: receivedAtText,
    filledBy: object(
      {
        organisation: sometimes(text(200), fc.constant("")),
        name: text(100),
        contact: text(200),
      },
      ["name", "contact"],
    ),
    counties: sometimes(fc.array(countyRow, { maxLength: 3 }), fc.constant({})),
    corrections: sometimes(fc.array(correction, { maxLength: 2 }), fc.constant("none")),
    note: optional(text(500)),
  },
  ["note"],
);

describe("isMonthlyReport", () => {
  it("agrees with MonthlyReport.safeParse on generated reports, valid and not", () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(reports, (value) => {
        const valid = MonthlyReport.safeParse(value).success;
        seen[valid ? "valid" : "invalid"]++;
        expect(isMonthlyReport(value)).toBe(valid);
      }),
      { numRuns: 2000 },
    );
    // Both sides were tried, not only one.
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  it.each([
    ["a complete report", report, true],
    ["no corrections, no receipt time", { ...report, corrections: [], receivedAt: null }, true],
    ["an optional note present as undefined", { ...report, note: undefined }, true],
    ["a note of null", { ...report, note: null }, false],
    ["a count of −0", withCounts({ "v-stations": -0 }), true],
    ["a count beyond the safe integers", withCounts({ "v-stations": 2 ** 53 }), false],
    ["a missing count", withCounty({ county: "441481", counts: { "v-stations": 1 } }), false],
    ["an unknown indicator among the counts", withCounts({ "reports-on-time": 1 }), false],
    ["a correction of reports-on-time", withCorrection({ indicator: "reports-on-time" }), false],
    ["a correction without a reason", withCorrection({ reason: "" }), false],
    ["a receipt time without seconds", { ...report, receivedAt: "2017-04-18T10:00+08:00" }, false],
    ["a receipt time without offset", { ...report, receivedAt: "2017-04-18T10:00:00" }, false],
    [
      "a JSON __proto__ key",
      JSON.parse(`{"__proto__": 1, ${JSON.stringify(report).slice(1)}`),
      false,
    ],
    ["an inherited enumerable key", inherited, false],
    ["an array", [report], false],
    ["201 counties", { ...report, counties: Array(201).fill(report.counties[0]) }, false],
    [
      "an organisation of 201 characters",
      { ...report, filledBy: { organisation: "x".repeat(201) } },
      false,
    ],
  ])("agrees with the schema on %s", (_, value, valid) => {
    expect(MonthlyReport.safeParse(value).success).toBe(valid);
    expect(isMonthlyReport(value)).toBe(valid);
  });
});
