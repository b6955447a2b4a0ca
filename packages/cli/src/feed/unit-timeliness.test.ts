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
