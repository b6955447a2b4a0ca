import type { MonthlyReport } from "@zhucan/domain";
import { describe, expect, it } from "vitest";
import type { LocatedReport } from "../../src/io/located-report.js";
import { validateReports } from "../../src/validation/validate-reports.js";
import { syntheticCounts, syntheticReport } from "../support/synthetic-reports.js";

// SYNTHETIC reports only.
const now = new Date("2019-03-01T00:00:00+08:00");
const codes = (reports: LocatedReport[], previous: MonthlyReport[] = []) =>
  validateReports(reports, { now, previous }).map((p) => p.code);
type WithSource = LocatedReport & { source: NonNullable<LocatedReport["source"]> };

const located = (report: MonthlyReport, file = "a.xlsx"): WithSource => ({
  report,
  source: {
    file,
    sheet: "月报 report",
    fieldRows: { unit: 2, month: 3, receivedAt: 7 },
    countyRows: report.counties.map((_, i) => 12 + i),
    indicatorColumns: { "youths-paired": "J" },
    correctionRows: report.corrections.map((_, i) => 25 + i),
  },
});

describe("validateReports", () => {
  it("finds nothing wrong with a consistent series", () => {
    const feb = syntheticReport("441400", "2017-02");
    const mar = syntheticReport("441400", "2017-03");
    expect(codes([located(feb), located(mar, "b.xlsx")])).toEqual([]);
  });

  it.each([
    ["an unknown unit", { unit: "441499" }, ["unit-unknown"]],
    [
      "a county that is not a county-level unit",
      {
        counties: [...syntheticReport().counties, { county: "449999", counts: syntheticCounts(1) }],
      },
      ["county-unknown"],
    ],
    [
      "a county of another unit",
      {
        counties: [...syntheticReport().counties, { county: "440104", counts: syntheticCounts(1) }],
      },
      ["county-not-in-unit"],
    ],
    [
      "a county twice",
      {
        counties: [
          ...syntheticReport().counties,
          syntheticReport().counties[0] as MonthlyReport["counties"][number],
        ],
      },
      ["county-duplicate"],
    ],
    ["a county left out", { counties: syntheticReport().counties.slice(1) }, ["county-missing"]],
    [
      "a month before August 2016",
      { month: "2016-07", receivedAt: null },
      ["month-before-programme"],
    ],
    ["a month after 2018", { month: "2019-01", receivedAt: null }, ["month-after-programme"]],
    [
      "a receipt before the month ended",
      { receivedAt: "2017-03-20T10:00:00+08:00" },
      ["received-before-month-end"],
    ],
    [
      "a correction of the same month",
      {
        corrections: [
          {
            month: "2017-03",
            county: "441402",
            indicator: "v-stations" as const,
            value: 1,
            reason: "（合成）",
          },
        ],
      },
      ["correction-month-not-earlier"],
    ],
    [
      "a correction of a correction's county in another unit",
      {
        corrections: [
          {
            month: "2017-02",
            county: "440104",
            indicator: "v-stations" as const,
            value: 1,
            reason: "（合成）",
          },
        ],
      },
      ["county-not-in-unit"],
    ],
  ])("reports %s", (_, change, expected) => {
    expect(codes([located(syntheticReport("441400", "2017-03", change))])).toEqual(expected);
  });

  it("reports a month that has not ended yet (Beijing time) as month-in-future", () => {
    const report = syntheticReport("441400", "2018-12", { receivedAt: null });
    const beforeEnd = new Date("2018-12-31T23:59:00+08:00");
    const afterEnd = new Date("2019-01-01T00:00:00+08:00");
    expect(validateReports([located(report)], { now: beforeEnd }).map((p) => p.code)).toEqual([
      "month-in-future",
    ]);
    expect(validateReports([located(report)], { now: afterEnd })).toEqual([]);
  });

  it("reports a total row that does not add up, at the total row and the indicator's column", () => {
    const report = syntheticReport();
    const sum = report.counties.reduce((s, c) => s + c.counts["youths-paired"], 0);
    const withTotal: LocatedReport = {
      report,
      source: {
        ...located(report).source,
        total: { row: 20, counts: { "youths-paired": sum + 2 } },
      },
    };
    expect(validateReports([withTotal], { now })).toEqual([
      expect.objectContaining({
        code: "total-mismatch",
        row: 20,
        column: "J",
        message: expect.objectContaining({ en: expect.stringContaining(`${sum + 2}`) }),
      }),
    ]);
  });

  it("reports the same unit and month twice, naming the first file", () => {
    const report = syntheticReport();
    const problems = validateReports([located(report, "a.xlsx"), located(report, "b.csv")], {
      now,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "b.csv",
        code: "duplicate-report",
        message: expect.objectContaining({ en: expect.stringContaining("a.xlsx") }),
      }),
    ]);
  });

  describe("cumulative counts", () => {
    const feb = syntheticReport("441400", "2017-02");
    const fell = (counts = (feb.counties[0] as (typeof feb.counties)[number]).counts) => ({
      ...counts,
      "youths-paired": counts["youths-paired"] - 5,
    });
    const marchFalling = (corrections: MonthlyReport["corrections"] = []) =>
      syntheticReport("441400", "2017-03", {
        counties: feb.counties.map((c, i) => (i === 0 ? { ...c, counts: fell() } : c)),
        corrections,
      });

    it("reports a count that falls against the previous month, at its row and column", () => {
      const problems = validateReports([located(marchFalling())], { now, previous: [feb] });
      expect(problems).toEqual([
        expect.objectContaining({ code: "cumulative-count-fell", row: 12, column: "J" }),
      ]);
    });

    it("compares reports of the same batch too", () => {
      expect(codes([located(feb, "feb.xlsx"), located(marchFalling(), "mar.xlsx")])).toEqual([
        "cumulative-count-fell",
      ]);
    });

    it("accepts the fall when a correction restates the earlier month to no more than the new figure", () => {
      const county = feb.counties[0] as (typeof feb.counties)[number];
      const restated = {
        month: "2017-02",
        county: county.county,
        indicator: "youths-paired" as const,
        value: fell()["youths-paired"],
        reason: "重复登记（合成）",
      };
      expect(codes([located(marchFalling([restated]))], [feb])).toEqual([]);
    });

    it("still reports the fall when the restated figure is higher than the new one", () => {
      const county = feb.counties[0] as (typeof feb.counties)[number];
      const restated = {
        month: "2017-02",
        county: county.county,
        indicator: "youths-paired" as const,
        value: county.counts["youths-paired"] - 1,
        reason: "（合成）",
      };
      expect(codes([located(marchFalling([restated]))], [feb])).toEqual(["cumulative-count-fell"]);
    });

    it("compares with the latest earlier report when a month is missing", () => {
      const april = {
        ...marchFalling(),
        month: "2017-04",
        receivedAt: "2017-05-10T10:00:00+08:00",
      };
      expect(codes([located(april)], [feb])).toEqual(["cumulative-count-fell"]);
    });

    it("checks nothing across units", () => {
      const other = syntheticReport("441300", "2017-02", {
        counties: syntheticReport("441300").counties.map((c) => ({
          ...c,
          counts: syntheticCounts(1000),
        })),
      });
      expect(codes([located(syntheticReport("441400", "2017-03"))], [other])).toEqual([]);
    });
  });

  it("names in-memory reports by unit and month, without rows", () => {
    const [problem] = validateReports(
      [{ report: syntheticReport("441400", "2016-07", { receivedAt: null }) }],
      { now },
    );
    expect(problem).toEqual({
      file: "report 441400 2016-07",
      code: "month-before-programme",
      message: expect.any(Object),
    });
  });
});
