import type { ReportedIndicatorId } from "@zhucan/domain";
import { derivedRandom } from "./mulberry32.js";
import { sCurve } from "./s-curve.js";

/** The true cumulative figures of one county-level unit, by indicator, one per sample month. */
export type CountyPaths = Record<ReportedIndicatorId, number[]>;

/** How a county's sample figures are drawn. */
export interface CountyProfile {
  /** One of the programme area's poverty counties (it gets the programme's work). */
  readonly inArea: boolean;
  /** Its city's pace: 1 keeps to the targets, 0.6 lags well behind. */
  readonly pace: number;
}

const needShares: readonly (readonly [ReportedIndicatorId, number, number])[] = [
  ["need-education-support", 0.35, 0.5],
  ["need-employment", 0.2, 0.3],
  ["need-skills-training", 0.25, 0.35],
  ["need-rehabilitation", 0.5, 0.65],
  ["need-social-integration", 0.3, 0.4],
];

/**
 * Synthetic cumulative paths for one county-level unit over `monthCount` months from 2016-08
 * (index 0): S-curves toward the per-county norms (5 organisations and 50 paired youths in
 * 2016, one quality project per organisation serving about 30 youths in 2017, a V-station with
 * 20 teams, about 430 youths covered by 2018), scaled by the city's pace with county noise.
 * Outside the programme area, most units stay at 0 and some register a handful of youths —
 * the small counts that exercise suppression. Every path is non-decreasing; needs never exceed
 * registrations; coverage is at least pairing and project service. Deterministic in the seed.
 *
 * @example
 * const paths = sampleCountyPaths(1, "441481", { inArea: true, pace: 1 }, 29);
 * paths["v-stations"].at(-1) //=> 1
 */
export function sampleCountyPaths(
  seed: number,
  code: string,
  profile: CountyProfile,
  monthCount: number,
): CountyPaths {
  const random = derivedRandom(seed, `paths ${code}`);
  const months = Array.from({ length: monthCount }, (_, t) => t);
  const path = (f: (t: number) => number) => months.map((t) => Math.max(0, Math.floor(f(t))));

  if (!profile.inArea) {
    const active = random.chance(0.3);
    const registered = active ? random.int(1, 16) : 0;
    const covered = active ? random.int(0, registered) : 0;
    const startAt = random.int(0, 20);
    const reg = path((t) =>
      sCurve(t, {
        start: startAt - 1,
        end: startAt + 8,
        midpoint: startAt + 3,
        ceiling: registered + 0.999,
      }),
    );
    const cov = path((t) =>
      Math.min(
        reg[t] as number,
        sCurve(t, {
          start: startAt,
          end: startAt + 12,
          midpoint: startAt + 5,
          ceiling: covered + 0.999,
        }),
      ),
    );
    const zero = months.map(() => 0);
    return {
      "youths-registered": reg,
      ...needsOf(random, reg),
      "star-organisations": zero,
      "youths-paired": zero,
      "quality-projects": zero,
      "youths-served-by-projects": zero,
      "v-stations": zero,
      "v-station-teams": zero,
      "youths-covered": cov,
    } as CountyPaths;
  }

  const pace = profile.pace * random.between(0.9, 1.1);
  const lag = Math.max(0, Math.round((1 - pace) * 12));
  // Organisations: set up in the foundation phase (2016, months 0–4), later where the city lags.
  const organisations = Math.max(
    2,
    Math.round(5 * Math.min(1.2, pace) + random.between(-0.6, 0.6)),
  );
  const orgCurve = (t: number) =>
    sCurve(t, { start: 0, end: 5 + lag, midpoint: 2.5 + lag / 2, ceiling: organisations });
  const pairFill = random.between(0.85, 1.05);
  // Quality projects: built in 2017 (months 5–16), one per organisation.
  const projectCurve = (t: number) =>
    sCurve(t, {
      start: 4,
      end: 17 + lag,
      midpoint: 10 + lag / 2,
      ceiling: organisations * Math.min(1, pace + 0.1),
    });
  const serveFill = random.between(0.8, 1.05);
  // V-station: more than half open in 2017, the rest in 2018; a lagging city's may not open.
  const opensAt =
    pace >= 0.85
      ? random.chance(0.65)
        ? random.int(6, 16)
        : random.int(17, 26)
      : random.int(14, 33);
  const teamCeiling = Math.min(22, Math.round(20 * Math.min(1.1, pace)));
  const coveredCeiling = 430 * pace * random.between(0.92, 1.08);
  const org = path(orgCurve);
  const paired = path((t) => orgCurve(t) * 10 * pairFill);
  const projects = path(projectCurve);
  const served = path((t) => projectCurve(t) * 30 * serveFill);
  const stations = months.map((t) => (t >= opensAt ? 1 : 0));
  const teams = path((t) =>
    t < opensAt
      ? 0
      : sCurve(t, {
          start: opensAt,
          end: opensAt + 10,
          midpoint: opensAt + 4,
          ceiling: teamCeiling + 0.999,
        }),
  );
  // Coverage keeps growing: pairing and projects reach youths, and the V-station's teams others.
  const covered = path((t) =>
    Math.max(
      sCurve(t, { start: 2, end: 29, midpoint: 15 + lag / 2, ceiling: coveredCeiling }),
      (paired[t] as number) + 0.6 * (served[t] as number) + 1.5 * t * pace,
    ),
  );
  const registeredCeiling = Math.max(
    coveredCeiling * 1.15,
    random.between(480, 760) * Math.min(1, pace + 0.2),
  );
  const registered = path((t) =>
    Math.max(
      sCurve(t, {
        start: -1,
        end: 8 + lag,
        midpoint: 2.5 + lag / 2,
        ceiling: 0.85 * registeredCeiling,
      }) + sCurve(t, { start: 8, end: 29, midpoint: 18, ceiling: 0.15 * registeredCeiling }),
      covered[t] as number,
    ),
  );
  return {
    "youths-registered": registered,
    ...needsOf(random, registered),
    "star-organisations": org,
    "youths-paired": paired,
    "quality-projects": projects,
    "youths-served-by-projects": served,
    "v-stations": stations,
    "v-station-teams": teams,
    "youths-covered": covered,
  } as CountyPaths;
}

function needsOf(
  random: ReturnType<typeof derivedRandom>,
  registered: readonly number[],
): Partial<CountyPaths> {
  return Object.fromEntries(
    needShares.map(([id, lo, hi]) => {
      const share = random.between(lo, hi);
      return [id, registered.map((r) => Math.floor(r * share))];
    }),
  );
}
