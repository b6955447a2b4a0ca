import { addMonths } from "@zhucan/domain";

/** Where a phase stands at the as-of month. */
export type PhaseState = "done" | "current" | "upcoming";

/** A phase as the timeline needs it: id and period (`YYYY-MM-DD`, exclusive end). */
export interface TimelinePhase {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

/** One phase on the timeline: its place and width in pixels, and its state. */
export interface TimelineSegment {
  readonly id: string;
  readonly x: number;
  readonly width: number;
  readonly state: PhaseState;
  /** Share of the phase elapsed at the end of the as-of month (0–1). */
  readonly elapsed: number;
}

/** The laid-out timeline: segments and the as-of marker (`undefined` outside the programme). */
export interface TimelineLayout {
  readonly segments: readonly TimelineSegment[];
  readonly markerX: number | undefined;
}

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * The first day after a month (`YYYY-MM-DD`): a month's data are "as of" the end of that month.
 *
 * @example
 * endOfMonth("2017-03") //=> "2017-04-01"
 */
export function endOfMonth(month: string): string {
  return `${addMonths(month, 1)}-01`;
}

/**
 * Lays the phases out over `width` pixels in proportion to their length, and places the as-of
 * month's end on them. A phase is `done` when it ended by then, `current` when it is under way.
 *
 * @example
 * const t = timelineLayout([{ id: "a", start: "2016-08-01", end: "2017-01-01" },
 *   { id: "b", start: "2017-01-01", end: "2018-01-01" }], "2017-03", 500);
 * t.segments.map((s) => s.state) //=> ["done", "current"]
 */
export function timelineLayout(
  phases: readonly TimelinePhase[],
  asOf: string,
  width: number,
): TimelineLayout {
  if (!phases.length) return { segments: [], markerX: undefined };
  const first = day(phases[0]?.start ?? "");
  const last = day(phases.at(-1)?.end ?? "");
  const total = Math.max(1, last - first);
  const px = (t: number) => Math.round(((t - first) / total) * width * 10) / 10;
  const now = day(endOfMonth(asOf));
  const segments = phases.map((p): TimelineSegment => {
    const start = day(p.start);
    const end = day(p.end);
    const state: PhaseState = end <= now ? "done" : start < now ? "current" : "upcoming";
    const elapsed = Math.min(1, Math.max(0, (now - start) / Math.max(1, end - start)));
    return { id: p.id, x: px(start), width: px(end) - px(start), state, elapsed };
  });
  const markerX = now >= first && now <= last ? px(now) : undefined;
  return { segments, markerX };
}
