import {
  type MonthlyReport,
  type ReportCounts,
  reportedIndicatorIds,
  unitCounties,
} from "@zhucan/domain";

// SYNTHETIC data for tests only: made-up figures, organisations marked （合成）.

/** Counts where every indicator is `base` plus the indicator's index. */
export function syntheticCounts(base: number): ReportCounts {
  return Object.fromEntries(reportedIndicatorIds.map((id, i) => [id, base + i])) as ReportCounts;
}

/** A complete synthetic report of a unit and month: every county of the unit, rising counts. */
export function syntheticReport(
  unit = "441400",
  month = "2017-03",
  overrides: Partial<MonthlyReport> = {},
): MonthlyReport {
  return {
    unit,
    month,
    receivedAt: `${nextMonth(month)}-15T10:00:00+08:00`,
    filledBy: { organisation: "共青团示例市委（合成）", name: "测试填报人（合成）" },
    counties: unitCounties(unit).map((c, i) => ({
      county: c.code,
      counts: syntheticCounts(10 * (i + 1) + Number(month.slice(5))),
    })),
    corrections: [],
    ...overrides,
  };
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
