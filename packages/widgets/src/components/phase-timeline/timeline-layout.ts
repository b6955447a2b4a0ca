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

// Dates are read from their fixed `YYYY-MM-DD` positions and counted as UTC days, so the
// reader's time zone never moves a boundary. (Date's own month arithmetic is used rather than
// the domain's `addMonths`, whose module also holds the zod `Month` schema and would bring zod
// into the element's entry.)
const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

const isoDate = (time: number) => {
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
};

/**
 * The first day after a month (`YYYY-MM-DD`): a month's data are "as of" the end of that month.
 *
 * @example
 * endOfMonth("2017-03") //=> "2017-04-01"
 * endOfMonth("2016-12") //=> "2017-01-01"
 */
export function endOfMonth(month: string): string {
  return isoDate(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
}

/**
 * The last month (`YYYY-MM`) of a period whose exclusive end is `end` (`YYYY-MM-DD`): the
 * month of the day before it.
 *
 * @example
 * lastMonthBefore("2017-01-01") //=> "2016-12"
 */
export function lastMonthBefore(end: string): string {
  return isoDate(day(end) - 86_400_000).slice(0, 7);
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
