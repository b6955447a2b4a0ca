import {
  type FeedTimeliness,
  type MonthlyReport,
  parseReceivedAt,
  type ReportTimeliness,
  type ReportTimelinessOptions,
  reportDeadline,
  reportingUnits,
  reportTimelinessDefaults,
} from "@zhucan/domain";

/**
 * Whether each of the 22 reporting units (§六) reported each month on time, late or not at all
 * (step (c) of the feed), judged by the domain's `reportTimeliness` (deadline: the 20th of the
 * next month, Beijing time, by default). A unit that sent two reports for a month is judged by
 * the first received. A report whose receipt time was not recorded counts as `"missing"`, as
 * `reportTimeliness` decides.
 *
 * @example
 * unitTimeliness([{ unit: "441400", month: "2016-08", receivedAt: "2016-09-18T10:00:00+08:00",
 *   filledBy: { organisation: "x" }, counties: [], corrections: [] }], ["2016-08"])
 *   .find((t) => t.unit === "441400")?.values //=> ["on-time"]
 */
export function unitTimeliness(
  reports: readonly MonthlyReport[],
  months: readonly string[],
  options: ReportTimelinessOptions = {},
): FeedTimeliness[] {
  const firstReceipt = new Map<string, string | null>();
  for (const report of reports) {
    const key = `${report.unit} ${report.month}`;
    const seen = firstReceipt.get(key);
    const at = report.receivedAt;
    if (
      !firstReceipt.has(key) ||
      (at !== null && (seen === null || Date.parse(at) < Date.parse(seen as string)))
    ) {
      firstReceipt.set(key, at);
    }
  }
  // `reportTimeliness`, step by step, with each month's deadline worked out once rather than
  // once per unit (it is the same for all 22, and computing it in Beijing time was a sixth of
  // the feed's building; a property test holds the two to the same answers).
  const { unreadableReceipt, ...rule } = { ...reportTimelinessDefaults, ...options };
  const deadlines = months.map((month) => reportDeadline(month, rule).getTime());
  const judge = (receivedAt: string | null | undefined, m: number): ReportTimeliness => {
    const deadline = deadlines[m] as number;
    if (receivedAt === null || receivedAt === undefined || Number.isNaN(deadline)) return "missing";
    const received = parseReceivedAt(receivedAt, { timeZone: rule.timeZone });
    if (!received.ok) return unreadableReceipt;
    return received.value.getTime() <= deadline ? "on-time" : "late";
  };
  return reportingUnits.map((unit) => ({
    unit: unit.code,
    values: months.map((month, m) => judge(firstReceipt.get(`${unit.code} ${month}`), m)),
  }));
}

/**
 * The `reports-on-time` series of the province: how many reporting units were on time each
 * month (its aggregation is `reporting-units`; it has no city or county figure).
 *
 * @example
 * reportsOnTime([{ unit: "441400", values: ["on-time", "late"] }, { unit: "441500", values: ["on-time", "missing"] }])
 * //=> [2, 0]
 */
export function reportsOnTime(timeliness: readonly FeedTimeliness[]): number[] {
  const n = timeliness[0]?.values.length ?? 0;
  return Array.from(
    { length: n },
    (_, m) => timeliness.filter((t) => t.values[m] === "on-time").length,
  );
}
