import { describe, expect, it } from "vitest";
import { reportedIndicatorIds } from "../indicators/indicator-ids.js";
import { MonthlyReport, ReportCounts } from "./monthly-report.js";

// Synthetic data only.
const counts = Object.fromEntries(reportedIndicatorIds.map((id) => [id, 0]));
const report = {
  unit: "441400",
  month: "2017-03",
  receivedAt: "2017-04-18T10:00:00+08:00",
  filledBy: { organisation: "共青团梅州市委（示例）" },
  counties: [{ county: "441481", counts: { ...counts, "youths-registered": 12 } }],
  corrections: [
    {
      month: "2017-02",
      county: "441481",
      indicator: "youths-paired",
      value: 3,
      reason: "重复登记",
    },
  ],
};

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
