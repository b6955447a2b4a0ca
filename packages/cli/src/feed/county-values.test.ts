import { describe, expect, it } from "vitest";
import { report } from "../../test/feed/synthetic-reports.js";
import { countyValues, reportOrder } from "./county-values.js";

// Synthetic reports of Meizhou (441400); 441402 is one of its counties.
const months = ["2017-01", "2017-02", "2017-03"];

describe("countyValues", () => {
  it("takes each month's figures from its report", () => {
    const v = countyValues(
      [
        report("441400", "2017-02", { "441402": { "youths-paired": 14 } }),
        report("441400", "2017-01", { "441402": { "youths-paired": 12 } }),
      ],
      months,
    );
    expect(v.values.get("441402")?.["youths-paired"]).toEqual([12, 14, null]);
    expect(v.unitOf.get("441402")).toBe("441400");
  });

  it("applies corrections in report order, so that the latest report wins", () => {
    const v = countyValues(
      [
        report(
          "441400",
          "2017-03",
          { "441402": { "youths-paired": 20 } },
          {
            corrections: [
              {
                month: "2017-01",
                county: "441402",
                indicator: "youths-paired",
                value: 9,
                reason: "第二次更正",
              },
            ],
          },
        ),
        report(
          "441400",
          "2017-02",
          { "441402": { "youths-paired": 14 } },
          {
            corrections: [
              {
                month: "2017-01",
                county: "441402",
                indicator: "youths-paired",
                value: 10,
                reason: "第一次更正",
              },
            ],
          },
        ),
        report("441400", "2017-01", { "441402": { "youths-paired": 12 } }),
      ],
      months,
    );
    expect(v.values.get("441402")?.["youths-paired"]).toEqual([9, 14, 20]);
    expect(v.restatements.map((r) => [r.reportMonth, r.from, r.to, r.reason])).toEqual([
      ["2017-02", 12, 10, "第一次更正"],
      ["2017-03", 10, 9, "第二次更正"],
    ]);
  });

  it.each([
    { name: "its own month", month: "2017-02" },
    { name: "a later month", month: "2017-03" },
    { name: "a month outside the feed", month: "2016-12" },
  ])("ignores a correction of $name", ({ month }) => {
    const v = countyValues(
      [
        report(
          "441400",
          "2017-02",
          { "441402": { "youths-paired": 14 } },
          {
            corrections: [
              { month, county: "441402", indicator: "youths-paired", value: 1, reason: "x" },
            ],
          },
        ),
      ],
      months,
    );
    expect(v.values.get("441402")?.["youths-paired"]).toEqual([null, 14, null]);
    expect(v.restatements).toEqual([]);
  });

  it("leaves out reports of months outside the feed", () => {
    const v = countyValues(
      [report("441400", "2017-04", { "441402": { "youths-paired": 30 } })],
      months,
    );
    expect(v.values.size).toBe(0);
  });

  it("reportOrder sorts by month, then receipt (unrecorded first), then unit", () => {
    const a = { month: "2017-01", receivedAt: "2017-02-10T10:00:00+08:00", unit: "441500" };
    const b = { month: "2017-01", receivedAt: null, unit: "441400" };
    const c = { month: "2017-01", receivedAt: "2017-02-09T10:00:00+08:00", unit: "441600" };
    expect([a, b, c].sort(reportOrder).map((r) => r.unit)).toEqual(["441400", "441600", "441500"]);
  });
});
