import {
  addMonths,
  cityOf,
  countyLevelUnits,
  type MonthlyReport,
  monthsBetween,
  type ReportCorrection,
  type ReportedIndicatorId,
  reportedIndicatorIds,
  reportingUnits,
  sampleProgrammeArea,
  unitCounties,
} from "@zhucan/domain";
import { derivedRandom, type Random } from "./mulberry32.js";
import { type CountyPaths, sampleCountyPaths } from "./sample-county-paths.js";

/**
 * What every sample report says it is: the organisation that "filled it in". The build marks a
 * feed as sample data when any of its reports carries it.
 *
 * @example
 * sampleOrganisation //=> "示例数据（合成）"
 */
export const sampleOrganisation = "示例数据（合成）";

/** The note of every sample report. */
export const sampleNote = "合成示例数据，非真实统计 · synthetic sample data, not real statistics";

/** Options of {@link sampleReports}. */
export interface SampleReportsOptions {
  /** First and last month. Default 2016-08 to 2018-12 (the programme's 29 months). */
  readonly first?: string;
  readonly last?: string;
  /** Reports never received. Default 8. */
  readonly missing?: number;
  /** Corrections (each restating one to two earlier months). Default 8. */
  readonly corrections?: number;
}

/**
 * Defaults of {@link SampleReportsOptions}.
 *
 * @example
 * sampleReportsDefaults.first //=> "2016-08"
 */
export const sampleReportsDefaults: Required<SampleReportsOptions> = {
  first: "2016-08",
  last: "2018-12",
  missing: 8,
  corrections: 8,
};

const correctionReasons = [
  "核查发现重复登记，已核减（示例） · duplicate registrations found and removed (sample)",
  "误将外县人员计入本县，已更正（示例） · people of another county counted here by mistake (sample)",
  "汇总表公式有误，已更正（示例） · a formula error in the summary sheet, corrected (sample)",
  "部分结对已终止未及时扣除，已更正（示例） · ended pairings not deducted in time, corrected (sample)",
];
const correctedIndicators: readonly ReportedIndicatorId[] = [
  "youths-registered",
  "youths-paired",
  "youths-covered",
  "youths-served-by-projects",
];

/**
 * A realistic, entirely synthetic set of monthly reports from the 22 reporting units, one per
 * unit and month (2016-08 to 2018-12 by default), deterministic in `seed`: counties of the
 * domain's illustrative programme area grow along S-curves toward the per-county norms, three
 * helped cities lag (pace 0.6–0.75) while the others keep to or beat the targets, a few units
 * are often late, a few reports never arrive, and some reports restate earlier months that were
 * over-counted (with a reason). Counties outside the area have mostly zeros and some counts of 1
 * to 4, so that suppression is exercised. Every report says it is synthetic
 * ({@link sampleOrganisation}, {@link sampleNote}).
 *
 * @example
 * const reports = sampleReports(1);
 * reports.length //=> 630 (22 units × 29 months, less 8 missing)
 * reports.every((r) => r.filledBy.organisation === sampleOrganisation) //=> true
 */
export function sampleReports(seed: number, options: SampleReportsOptions = {}): MonthlyReport[] {
  const o = { ...sampleReportsDefaults, ...options };
  const months = monthsBetween(o.first, o.last);
  const area = new Set(sampleProgrammeArea.counties);
  const paceOf = cityPaces(derivedRandom(seed, "paces"), area);
  const paths = new Map<string, CountyPaths>(
    countyLevelUnits().map((unit) => {
      const city = cityOf(unit.code)?.code ?? unit.code;
      const profile = { inArea: area.has(unit.code), pace: paceOf.get(city) ?? 1 };
      return [unit.code, sampleCountyPaths(seed, unit.code, profile, months.length)];
    }),
  );

  const plan = derivedRandom(seed, "plan");
  const missing = missingReports(plan, months.length, o.missing);
  const { inflation, corrections } = plannedCorrections(
    plan,
    months,
    missing,
    area,
    paths,
    o.corrections,
  );

  const reports: MonthlyReport[] = [];
  for (const unit of reportingUnits) {
    const timing = derivedRandom(seed, `receipts ${unit.code}`);
    const oftenLate = timing.chance(0.15);
    months.forEach((month, t) => {
      const lateChance = t < 2 ? 0.3 : oftenLate ? 0.3 : 0.05;
      const late = timing.chance(lateChance);
      const receivedAt = receiptTime(timing, month, late);
      if (missing.has(`${unit.code} ${t}`)) return;
      reports.push({
        unit: unit.code,
        month,
        receivedAt,
        filledBy: { organisation: sampleOrganisation },
        counties: unitCounties(unit.code).map((county) => ({
          county: county.code,
          counts: Object.fromEntries(
            reportedIndicatorIds.map((id) => [
              id,
              (paths.get(county.code)?.[id][t] ?? 0) +
                (inflation.get(`${county.code} ${id} ${t}`) ?? 0),
            ]),
          ) as MonthlyReport["counties"][number]["counts"],
        })),
        corrections: corrections.get(`${unit.code} ${t}`) ?? [],
        note: sampleNote,
      });
    });
  }
  return reports;
}

// Three helped cities lag; the others keep to or beat the targets.
function cityPaces(random: Random, area: ReadonlySet<string>): Map<string, number> {
  const helped = [...new Set([...area].map((c) => cityOf(c)?.code ?? c))].sort();
  const lagging = new Set<string>();
  while (lagging.size < Math.min(3, helped.length)) lagging.add(random.pick(helped));
  return new Map(
    helped.map((city) => [
      city,
      lagging.has(city) ? random.between(0.6, 0.75) : random.between(0.97, 1.12),
    ]),
  );
}

function missingReports(random: Random, monthCount: number, count: number): Set<string> {
  const out = new Set<string>();
  // Never the first or last month: every unit has a first figure, and the latest release is whole.
  while (out.size < count) {
    const unit = random.pick(reportingUnits).code;
    out.add(`${unit} ${random.int(1, monthCount - 2)}`);
  }
  return out;
}

function receiptTime(random: Random, month: string, late: boolean): string {
  const next = addMonths(month, 1);
  const [day, inMonth] = late
    ? random.chance(0.6)
      ? [random.int(21, 28), next]
      : [random.int(1, 10), addMonths(month, 2)]
    : [random.int(3, 20), next];
  const hh = String(random.int(8, 18)).padStart(2, "0");
  const mm = String(random.int(0, 59)).padStart(2, "0");
  return `${inMonth}-${String(day).padStart(2, "0")}T${hh}:${mm}:00+08:00`;
}

// Over-counts found later: months t−k…t−1 were reported too high by d; report t restates them.
function plannedCorrections(
  random: Random,
  months: readonly string[],
  missing: ReadonlySet<string>,
  area: ReadonlySet<string>,
  paths: ReadonlyMap<string, CountyPaths>,
  count: number,
): { inflation: Map<string, number>; corrections: Map<string, ReportCorrection[]> } {
  const inflation = new Map<string, number>();
  const corrections = new Map<string, ReportCorrection[]>();
  const candidates = reportingUnits.filter((u) =>
    unitCounties(u.code).some((c) => area.has(c.code)),
  );
  let made = 0;
  for (let attempt = 0; made < count && attempt < count * 50; attempt++) {
    const unit = random.pick(candidates).code;
    const county = random.pick(unitCounties(unit).filter((c) => area.has(c.code))).code;
    const indicator = random.pick(correctedIndicators);
    const t = random.int(6, months.length - 1);
    const k = random.int(1, 2);
    const span = Array.from({ length: k }, (_, i) => t - k + i);
    const clash =
      [t, ...span].some((s) => missing.has(`${unit} ${s}`)) ||
      span.some((s) => inflation.has(`${county} ${indicator} ${s}`));
    // Keep restated figures well clear of the suppression range.
    if (clash || span.some((s) => (paths.get(county)?.[indicator][s] ?? 0) < 20)) continue;
    const d = random.int(3, 12);
    const reason = random.pick(correctionReasons);
    const list = corrections.get(`${unit} ${t}`) ?? [];
    for (const s of span) {
      inflation.set(`${county} ${indicator} ${s}`, d);
      list.push({
        month: months[s] as string,
        county,
        indicator,
        value: paths.get(county)?.[indicator][s] ?? 0,
        reason,
      });
    }
    corrections.set(`${unit} ${t}`, list);
    made++;
  }
  return { inflation, corrections };
}

/**
 * The file name of a sample report: `sample-<unit>-<YYYY-MM>.<format>`, so that every sample
 * file says what it is.
 *
 * @example
 * sampleFileName({ unit: "441400", month: "2017-03" }, "xlsx") //=> "sample-441400-2017-03.xlsx"
 */
export function sampleFileName(
  report: Pick<MonthlyReport, "unit" | "month">,
  format: string,
): string {
  return `sample-${report.unit}-${report.month}.${format}`;
}
