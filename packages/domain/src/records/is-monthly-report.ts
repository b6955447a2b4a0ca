import { regexes } from "zod/mini";
import { type ReportedIndicatorId, reportedIndicatorIds } from "../indicators/indicator-ids.js";
import type { MonthlyReport } from "./monthly-report.js";

// The same patterns, limits and key sets as the `MonthlyReport` schema beside this file; the
// differential property test (is-monthly-report.test.ts) holds the two to the same answers.
const regionCode = /^\d{6}$/;
const month = /^\d{4}-(0[1-9]|1[0-2])$/;
const receivedAt = regexes.datetime({ offset: true });
const indicatorSet: ReadonlySet<unknown> = new Set<ReportedIndicatorId>(reportedIndicatorIds);
const reportKeys = new Set([
  "unit",
  "month",
  "receivedAt",
  "filledBy",
  "counties",
  "corrections",
  "note",
]);
const filledByKeys = new Set(["organisation", "name", "contact"]);
const countyRowKeys = new Set(["county", "counts", "note"]);
const correctionKeys = new Set(["month", "county", "indicator", "value", "reason"]);

type Fields = Record<string, unknown>;

// As zod's object check: an object that is not an array, every enumerable key (own or
// inherited, as `for…in` lists them) declared.
function isStrictObject(value: unknown, keys: ReadonlySet<string>): value is Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

const isString = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;
const isCount = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isRegionCode = (v: unknown) => typeof v === "string" && regionCode.test(v);
// An optional field may be absent or `undefined`, as `z.optional` allows.
const isOptionalString = (v: unknown, max: number) => v === undefined || isString(v, max);

function isCounts(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const counts = value as Fields;
  for (const key in counts) if (!indicatorSet.has(key)) return false;
  for (const id of reportedIndicatorIds) if (!isCount(counts[id])) return false;
  return true;
}

function isCountyRow(value: unknown): boolean {
  return (
    isStrictObject(value, countyRowKeys) &&
    isRegionCode(value.county) &&
    isCounts(value.counts) &&
    isOptionalString(value.note, 500)
  );
}

function isCorrection(value: unknown): boolean {
  return (
    isStrictObject(value, correctionKeys) &&
    typeof value.month === "string" &&
    month.test(value.month) &&
    isRegionCode(value.county) &&
    indicatorSet.has(value.indicator) &&
    isCount(value.value) &&
    isString(value.reason, 500) &&
    value.reason.length >= 1
  );
}

function everyOf(value: unknown, max: number, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
  return true;
}

/**
 * Whether a value is a valid {@link MonthlyReport}: exactly when
 * `MonthlyReport.safeParse(value).success` (a property test compares the two on generated
 * reports), at a fraction of the cost, for callers that check many reports and need the
 * problems only when there are some (they then ask the schema for them). The value is checked,
 * not copied: on `true` it is the report itself.
 *
 * @example
 * isMonthlyReport({
 *   unit: "441400", month: "2017-03", receivedAt: "2017-04-18T10:00:00+08:00",
 *   filledBy: { organisation: "共青团梅州市委" }, counties: [], corrections: [],
 * }) //=> true
 * isMonthlyReport({ unit: "441400" }) //=> false
 */
export function isMonthlyReport(value: unknown): value is MonthlyReport {
  if (!isStrictObject(value, reportKeys)) return false;
  const filledBy = value.filledBy;
  return (
    isRegionCode(value.unit) &&
    typeof value.month === "string" &&
    month.test(value.month) &&
    (value.receivedAt === null ||
      (typeof value.receivedAt === "string" && receivedAt.test(value.receivedAt))) &&
    isStrictObject(filledBy, filledByKeys) &&
    isString(filledBy.organisation, 200) &&
    filledBy.organisation.length >= 1 &&
    isOptionalString(filledBy.name, 100) &&
    isOptionalString(filledBy.contact, 200) &&
    everyOf(value.counties, 200, isCountyRow) &&
    everyOf(value.corrections, 10_000, isCorrection) &&
    isOptionalString(value.note, 500)
  );
}
