import { addMonths, Month } from "../calendar/month.js";
import type { progressStatuses } from "../feed/public-feed.js";
import type { IndicatorId } from "../indicators/indicator-ids.js";
import type { PhaseId } from "../programme/phase-ids.js";
import { type Phase, phaseAt, phases, shanghaiMidnight } from "../programme/phases.js";
import { type TargetForOptions, targetFor } from "../programme/targets.js";

/** One of the feed's progress statuses: achieved, on-track, needs-acceleration, off-track, no-data, no-target. */
export type ProgressStatus = (typeof progressStatuses)[number];

/** What {@link progressStatus} measures: one indicator's value as of the end of a month. */
export interface ProgressInput {
  readonly indicator: IndicatorId;
  /** The cumulative value to date; `null`/`undefined` when the unit did not report. */
  readonly actual: number | null | undefined;
  /** The month (`YYYY-MM`) whose data this is: the value as of the end of that month. */
  readonly asOf: string;
  /** This region's target in the month's phase; overrides `options.targets` and the table. */
  readonly target?: number;
  /**
   * Where this phase's line starts. Defaults to the previous phase's target from the same source
   * as the target, or 0 in the first phase; 0 when `target` is given without a baseline (the
   * table's previous figure would belong to another region's series).
   */
  readonly baseline?: number;
}

/**
 * Options of {@link progressStatus}. The thresholds are a DECISION (DOMAIN.md, docs/decisions.md).
 * Whose stepped target is measured: `targets` (phase → value) when given; otherwise
 * `targetFor(indicator, phase, { level, counties })`, the province's figures by default.
 */
export interface ProgressOptions extends TargetForOptions {
  /** Smallest ratio actual ÷ expected that is `on-track`. Default 0.95. */
  onTrack?: number;
  /** Smallest ratio that is `needs-acceleration` rather than `off-track`. Default 0.60. */
  needsAcceleration?: number;
  /** The stepped target of this indicator for the region measured, e.g. from `phaseTargetsOf`. */
  targets?: Partial<Record<PhaseId, number>>;
}

/**
 * Default thresholds of {@link ProgressOptions}: on track from 95 % of the expected value,
 * needs acceleration from 60 %, off track below.
 *
 * @example
 * progressDefaults.onTrack //=> 0.95
 */
export const progressDefaults = { onTrack: 0.95, needsAcceleration: 0.6 } as const;

/** The result of {@link progressStatus}; `null` where a figure does not apply. */
export interface Progress {
  readonly status: ProgressStatus;
  readonly expected: number | null;
  readonly ratio: number | null;
  readonly target: number | null;
  readonly phase: PhaseId | null;
}

/**
 * The value expected on a straight line through a phase: `b + (T − b)·(t − s)/(e − s)`, with s
 * and e the phase's start and exclusive end and t the end of `asOf` (the first instant of the
 * next month), all in Asia/Shanghai. `undefined` when the month is outside the phases.
 *
 * @example
 * expectedAt("2016-12", 350) //=> 350
 * expectedAt("2018-03", 30000, 10000) //=> 14931.506849315068 (10,000 + 20,000 × 90/365)
 */
export function expectedAt(asOf: string, target: number, baseline = 0): number | undefined {
  const phase = monthPhase(asOf);
  if (!phase) return undefined;
  return lineAt(phase, asOf, target, baseline);
}

/**
 * Progress of a cumulative indicator toward its stepped target (DOMAIN.md, "Progress toward a
 * stepped target"; DECISION): `achieved` when actual ≥ T, otherwise by R = actual ÷ expected —
 * `on-track` (R ≥ 0.95), `needs-acceleration` (0.60 ≤ R < 0.95), `off-track` (R < 0.60).
 * `no-target` when the month is outside the phases or the indicator has no target in its phase;
 * `no-data` when there is no actual value.
 *
 * @example
 * // Oct 2016: 92 of the foundation phase's 153 days have passed, so 350 × 92/153 ≈ 210.46 expected.
 * progressStatus({ indicator: "star-organisations", actual: 200, asOf: "2016-10" }).status
 * //=> "on-track" (200 / 210.46 ≈ 0.950)
 * progressStatus({ indicator: "v-stations", actual: 1, asOf: "2017-06" }, { level: "city", counties: 3 }).target
 * //=> 2
 */
export function progressStatus(input: ProgressInput, options: ProgressOptions = {}): Progress {
  const phase = monthPhase(input.asOf);
  if (!phase)
    return { status: "no-target", expected: null, ratio: null, target: null, phase: null };

  const target = input.target ?? phaseTarget(input.indicator, phase.id, options);
  if (target === undefined) {
    return { status: "no-target", expected: null, ratio: null, target: null, phase: phase.id };
  }
  const baseline = input.baseline ?? baselineOf(input, phase, options);
  const expected = lineAt(phase, input.asOf, target, baseline);
  const base = { expected, target, phase: phase.id };

  const actual = input.actual;
  if (actual === null || actual === undefined || Number.isNaN(actual)) {
    return { status: "no-data", ratio: null, ...base };
  }
  // t > s for every month of a phase, so expected > 0 whenever the target is; the guard is for
  // explicit zero or negative targets and baselines.
  const ratio = expected > 0 ? actual / expected : null;
  if (actual >= target) return { status: "achieved", ratio, ...base };
  // Nothing was expected yet, so the region cannot be behind.
  if (ratio === null) return { status: "on-track", ratio, ...base };
  const onTrack = options.onTrack ?? progressDefaults.onTrack;
  const needsAcceleration = options.needsAcceleration ?? progressDefaults.needsAcceleration;
  const status =
    ratio >= onTrack ? "on-track" : ratio >= needsAcceleration ? "needs-acceleration" : "off-track";
  return { status, ratio, ...base };
}

function monthPhase(asOf: string): Phase | undefined {
  return Month.safeParse(asOf).success ? phaseAt(asOf) : undefined;
}

function lineAt(phase: Phase, asOf: string, target: number, baseline: number): number {
  const s = shanghaiMidnight(phase.start).getTime();
  const e = shanghaiMidnight(phase.end).getTime();
  // Data "as of" a month is the stock at its end: the first instant of the next month.
  const t = shanghaiMidnight(`${addMonths(asOf, 1)}-01`).getTime();
  return baseline + ((target - baseline) * (t - s)) / (e - s);
}

function phaseTarget(
  indicator: IndicatorId,
  phase: PhaseId,
  options: ProgressOptions,
): number | undefined {
  if (options.targets) return options.targets[phase];
  return targetFor(indicator, phase, options)?.value;
}

function baselineOf(input: ProgressInput, phase: Phase, options: ProgressOptions): number {
  if (input.target !== undefined) return 0;
  const previous = phases.find((p) => p.order === phase.order - 1);
  if (!previous) return 0;
  return phaseTarget(input.indicator, previous.id, options) ?? 0;
}
