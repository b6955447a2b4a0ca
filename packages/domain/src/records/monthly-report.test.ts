import { describe, expect, it } from "vitest";
import { MonthlyReport, ReportCounts } from "./monthly-report.js";
import { syntheticCounts, syntheticReport } from "./synthetic-report.test-support.js";

const counts = syntheticCounts;
const report = syntheticReport;

describe("MonthlyReport", () => {
  it("accepts a complete report", () => {
    expect(MonthlyReport.safeParse(report).success).toBe(true);
  });

  it("requires a count for every reported indicator", () => {
    const { "youths-covered": _, ...missing } = counts;
    expect(ReportCounts.safeParse(missing).success).toBe(false);
  });

  it.each([
    ["a negative count", { ...counts, "v-stations": -1 }],
    ["a fractional count", { ...counts, "v-stations": 1.5 }],
    ["an unknown indicator", { ...counts, "reports-on-time": 1 }],
  ])("rejects %s", (_, bad) => {
    expect(ReportCounts.safeParse(bad).success).toBe(false);
  });

  it("rejects a correction without a reason", () => {
    const bad = { ...report, corrections: [{ ...report.corrections[0], reason: "" }] };
    expect(MonthlyReport.safeParse(bad).success).toBe(false);
  });

  it("rejects a month in the wrong format", () => {
    expect(MonthlyReport.safeParse({ ...report, month: "2017/03" }).success).toBe(false);
  });
});
