import { reportTimeliness } from "@zhucan/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { report } from "../../test/feed/synthetic-reports.js";
import { reportsOnTime, unitTimeliness } from "./unit-timeliness.js";

// Synthetic receipts of Meizhou (441400) for 2016-08 (deadline 2016-09-20 end, Beijing time).
const of = (receivedAt: string | null) =>
  unitTimeliness([report("441400", "2016-08", {}, { receivedAt })], ["2016-08"]).find(
    (t) => t.unit === "441400",
  )?.values[0];

describe("unitTimeliness", () => {
  it.each([
    { receivedAt: "2016-09-20T23:59:59.999+08:00", expected: "on-time" },
    { receivedAt: "2016-09-21T00:00:00+08:00", expected: "late" },
    { receivedAt: "2016-09-20T16:00:00Z", expected: "late" },
    { receivedAt: null, expected: "missing" },
  ])("$receivedAt → $expected", ({ receivedAt, expected }) => {
    expect(of(receivedAt)).toBe(expected);
  });

  it("judges every receipt, month and rule as the domain's reportTimeliness does", () => {
    const receipt = fc.oneof(
      fc.constantFrom(null, "", "20/09/2016", "2016-09-20", "2016-09-20T24:00:00+08:00"),
      fc
        .date({ min: new Date("2016-01-01"), max: new Date("2019-12-31"), noInvalidDate: true })
        .chain((d) =>
          fc.constantFrom(
            d.toISOString(),
            `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`,
            d.toISOString().slice(0, 19),
            d.toISOString().slice(0, 16).replace("T", " "),
          ),
        ),
    );
    const month = fc.oneof(
      fc
        .integer({ min: 2016 * 12, max: 2019 * 12 - 1 })
        .map((n) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`),
      fc.constantFrom("2016-13", "0999-12", "2016/08"),
    );
    const rule = fc.record(
      {
        dayOfMonth: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(0, 1.5)),
        monthsAfter: fc.integer({ min: 0, max: 2 }),
        timeZone: fc.constantFrom("Asia/Shanghai", "UTC", "America/Los_Angeles"),
        unreadableReceipt: fc.constantFrom("missing" as const, "late" as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(receipt, month, rule, (receivedAt, m, options) => {
        const got = unitTimeliness([report("441400", m, {}, { receivedAt })], [m], options).find(
          (t) => t.unit === "441400",
        )?.values[0];
        expect(got).toBe(reportTimeliness(receivedAt, m, options));
      }),
      { numRuns: 500 },
    );
  });

  it("lists all 22 reporting units, a unit without a report as missing", () => {
    const t = unitTimeliness([], ["2016-08", "2016-09"]);
    expect(t).toHaveLength(22);
    expect(t.every((u) => u.values.join() === "missing,missing")).toBe(true);
  });

  it("judges a unit that reported twice by the first receipt", () => {
    const t = unitTimeliness(
      [
        report("441400", "2016-08", {}, { receivedAt: "2016-09-25T10:00:00+08:00" }),
        report("441400", "2016-08", {}, { receivedAt: "2016-09-15T10:00:00+08:00" }),
      ],
      ["2016-08"],
    );
    expect(t.find((u) => u.unit === "441400")?.values).toEqual(["on-time"]);
  });

  it("reportsOnTime counts the units on time each month", () => {
    expect(
      reportsOnTime([
        { unit: "a", values: ["on-time", "late", "on-time"] },
        { unit: "b", values: ["on-time", "missing", "late"] },
      ]),
    ).toEqual([2, 0, 1]);
  });
});
