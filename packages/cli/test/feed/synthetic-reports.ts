// Synthetic test data only: small hand-made monthly reports of made-up figures.
import {
  type MonthlyReport,
  type ReportCorrection,
  type ReportCounts,
  reportedIndicatorIds,
  unitCounties,
} from "@zhucan/domain";

/** Counts with every indicator at `base`, then the given ones. */
export function counts(values: Partial<ReportCounts> = {}, base = 0): ReportCounts {
  return {
    ...(Object.fromEntries(reportedIndicatorIds.map((id) => [id, base])) as ReportCounts),
    ...values,
  };
}

/**
 * A report of `unit` for `month`, received on the 10th of the next month (on time) unless
 * `receivedAt` says otherwise; every county of the unit gets `perCounty[code]` or zeros.
 */
export function report(
  unit: string,
  month: string,
  perCounty: Record<string, Partial<ReportCounts>> = {},
  extra: Partial<Pick<MonthlyReport, "receivedAt" | "note" | "filledBy">> & {
    corrections?: ReportCorrection[];
  } = {},
): MonthlyReport {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return {
    unit,
    month,
    receivedAt: extra.receivedAt === undefined ? `${next}-10T10:00:00+08:00` : extra.receivedAt,
    filledBy: extra.filledBy ?? { organisation: "测试单位（合成）" },
    counties: unitCounties(unit).map((c) => ({
      county: c.code,
      counts: counts(perCounty[c.code]),
    })),
    corrections: extra.corrections ?? [],
    ...(extra.note !== undefined && { note: extra.note }),
  };
}

/** A small synthetic programme area: Meizhou's counties and two of Qingyuan's. */
export const testArea = {
  counties: [
    "441402",
    "441403",
    "441422",
    "441423",
    "441424",
    "441426",
    "441427",
    "441481",
    "441881",
    "441882",
  ],
  sample: true,
  source: "test fixture (synthetic)",
};
