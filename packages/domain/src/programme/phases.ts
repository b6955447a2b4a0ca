import type { LocalizedText } from "../i18n/localized-text.js";
import type { PhaseId } from "./phase-ids.js";
import { phaseMilestones } from "./phase-milestones.js";

import { shanghaiOffsetSeconds } from "./shanghai-offset.js";

export { programmeTimeZone } from "./shanghai-offset.js";

/** One phase of §四 and its period; `end` is exclusive. */
export interface Phase {
  readonly id: PhaseId;
  readonly order: 1 | 2 | 3;
  readonly name: LocalizedText;
  /** First day, `YYYY-MM-DD`, Asia/Shanghai. */
  readonly start: string;
  /** First day after the phase, `YYYY-MM-DD`, Asia/Shanghai (exclusive end). */
  readonly end: string;
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly clause: string;
  /** What the notice says the phase must achieve, in its own words and in English. */
  readonly milestones: readonly LocalizedText[];
}

/**
 * The three phases of §四. The programme starts in August 2016 ("从2016年8月起").
 *
 * @example
 * phases.map((p) => p.id) //=> ["foundation", "deepening", "consolidation"]
 * phases[0].start //=> "2016-08-01"
 */
export const phases: readonly Phase[] = [
  {
    id: "foundation",
    order: 1,
    name: { "zh-CN": "基础建设阶段", en: "Foundation" },
    start: "2016-08-01",
    end: "2017-01-01",
    firstMonth: "2016-08",
    lastMonth: "2016-12",
    clause: "§四 基础建设阶段（2016年）",
    milestones: phaseMilestones.foundation,
  },
  {
    id: "deepening",
    order: 2,
    name: { "zh-CN": "深入推动阶段", en: "Deepening" },
    start: "2017-01-01",
    end: "2018-01-01",
    firstMonth: "2017-01",
    lastMonth: "2017-12",
    clause: "§四 深入推动阶段（2017年）",
    milestones: phaseMilestones.deepening,
  },
  {
    id: "consolidation",
    order: 3,
    name: { "zh-CN": "巩固提高阶段", en: "Consolidation" },
    start: "2018-01-01",
    end: "2019-01-01",
    firstMonth: "2018-01",
    lastMonth: "2018-12",
    clause: "§四 巩固提高阶段（2018年）",
    milestones: phaseMilestones.consolidation,
  },
];

/**
 * The first instant of a phase-boundary date (`YYYY-MM-DD`) in Asia/Shanghai, as a `Date`.
 *
 * @example
 * shanghaiMidnight("2017-01-01").toISOString() //=> "2016-12-31T16:00:00.000Z"
 */
export function shanghaiMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  // The offset at the wall time read as Beijing standard time, then again at the instant found,
  // in case that instant lies across an offset change.
  let time = wall - shanghaiOffsetSeconds(wall - 8 * 3_600_000) * 1000;
  time = wall - shanghaiOffsetSeconds(time) * 1000;
  return new Date(time);
}

/**
 * The calendar date (`YYYY-MM-DD`) an instant falls on in Asia/Shanghai.
 *
 * @example
 * shanghaiDate(new Date("2016-12-31T16:00:00Z")) //=> "2017-01-01"
 */
export function shanghaiDate(instant: Date): string {
  const time = instant.getTime();
  const local = new Date(time + Math.round(shanghaiOffsetSeconds(time)) * 1000);
  const y = String(local.getUTCFullYear()).padStart(4, "0");
  const m = String(local.getUTCMonth() + 1).padStart(2, "0");
  const d = String(local.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/**
 * The phase in force at a date: a `Date` (read in Asia/Shanghai), a `YYYY-MM-DD` date or a
 * `YYYY-MM` month. `undefined` before August 2016 and from 2019 on.
 *
 * @example
 * phaseAt("2017-06")?.id //=> "deepening"
 * phaseAt(new Date("2016-12-31T16:30:00Z"))?.id //=> "deepening" (already 2017 in Beijing)
 * phaseAt("2016-07-31") //=> undefined
 */
export function phaseAt(date: Date | string): Phase | undefined {
  let day: string;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return undefined;
    day = shanghaiDate(date);
  } else if (/^\d{4}-\d{2}$/.test(date)) {
    day = `${date}-01`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    day = date;
  } else {
    return undefined;
  }
  return phases.find((p) => p.start <= day && day < p.end);
}

/**
 * A phase by id.
 *
 * @example
 * getPhase("consolidation").end //=> "2019-01-01"
 */
export function getPhase(id: PhaseId): Phase {
  const phase = phases.find((p) => p.id === id);
  if (!phase) throw new RangeError(`Unknown phase id: ${id}`);
  return phase;
}
