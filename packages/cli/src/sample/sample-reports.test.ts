import {
  MonthlyReport,
  monthsBetween,
  reportedIndicatorIds,
  sampleProgrammeArea,
} from "@zhucan/domain";
import { describe, expect, it } from "vitest";
import { countyValues } from "../feed/county-values.js";
import { sampleReadme } from "./sample-readme.js";
import { sampleFileName, sampleNote, sampleOrganisation, sampleReports } from "./sample-reports.js";

const reports = sampleReports(1);
const months = monthsBetween("2016-08", "2018-12");

describe("sampleReports", () => {
  it("covers 22 units × 29 months less the missing reports, every one a valid MonthlyReport", () => {
    expect(reports).toHaveLength(22 * 29 - 8);
    expect(reports.every((r) => MonthlyReport.safeParse(r).success)).toBe(true);
  });

  it("says in every report that it is synthetic", () => {
    expect(
      reports.every((r) => r.filledBy.organisation === sampleOrganisation && r.note === sampleNote),
    ).toBe(true);
    expect(sampleFileName(reports[0] as MonthlyReport, "csv")).toMatch(
      /^sample-\d{6}-\d{4}-\d{2}\.csv$/,
    );
    expect(sampleReadme(1, "xlsx", reports)).toMatch(/合成示例数据 · Synthetic sample data/);
  });

  it("is deterministic in the seed", () => {
    expect(JSON.stringify(sampleReports(1))).toBe(JSON.stringify(reports));
    expect(JSON.stringify(sampleReports(2))).not.toBe(JSON.stringify(reports));
  });

  it("has late reports, corrections, and small counts of 1 to 4 for suppression to work on", () => {
    const late = reports.filter((r) => {
      const [y, m] = r.month.split("-").map(Number) as [number, number];
      const due = Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 20, 16);
      return Date.parse(r.receivedAt as string) > due;
    });
    expect(late.length).toBeGreaterThan(10);
    expect(reports.flatMap((r) => r.corrections).length).toBeGreaterThanOrEqual(8);
    const small = reports
      .flatMap((r) => r.counties)
      .filter((c) => c.counts["youths-covered"] > 0 && c.counts["youths-covered"] < 5);
    expect(small.length).toBeGreaterThan(50);
  });

  it("grows cumulative counts that never fall once the corrections are applied", () => {
    const values = countyValues(reports, months);
    for (const [, byIndicator] of values.values) {
      for (const id of reportedIndicatorIds) {
        const series = byIndicator[id].filter((v): v is number => v !== null);
        expect(series.every((v, i) => i === 0 || v >= (series[i - 1] as number))).toBe(true);
      }
    }
  });

  it("keeps the province roughly on track, with lagging cities, in the programme area", () => {
    const values = countyValues(reports, months);
    const area = new Set(sampleProgrammeArea.counties);
    let covered = 0;
    for (const [code, byIndicator] of values.values) {
      if (area.has(code)) covered += byIndicator["youths-covered"].at(-1) ?? 0;
    }
    // §四: about 30,000 youths covered by the end of 2018.
    expect(covered).toBeGreaterThan(24_000);
    expect(covered).toBeLessThan(36_000);
  });
});
