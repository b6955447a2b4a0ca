/**
 * The programme's clock: all dates of the notice are Beijing time (UTC+8, no DST since 1991).
 *
 * @example
 * programmeTimeZone //=> "Asia/Shanghai"
 */
export const programmeTimeZone = "Asia/Shanghai";

const hour = 3_600_000;
// Asia/Shanghai has kept UTC+8 without summer time since its last summer time ended on
// 1991-09-15 (IANA tz database), so from 1992 on the offset is known without asking the host's
// time-zone data: the first such question costs a process 30–80 ms, a tenth of a whole build.
// The shortcut stops at 2100 so that any later change in the rules is read from the host again;
// a test checks it against Intl for every six hours of 1992–2040.
const fixedFrom = Date.UTC(1992, 0, 1) - 8 * hour;
const fixedUntil = Date.UTC(2100, 0, 1) - 8 * hour;

// Offsets come from the host's own time-zone data (Intl), as @date-fns/tz reads them: the same
// answers, historical offsets included (Beijing kept summer time 1986–1991), without bringing
// that library into the browser with `phases`.
let offsetFormat: Intl.DateTimeFormat | undefined;

/**
 * Asia/Shanghai's offset from UTC at an instant, in seconds (`NaN` for an invalid time).
 *
 * @example
 * shanghaiOffsetSeconds(Date.UTC(2017, 0, 1)) //=> 28800
 * shanghaiOffsetSeconds(Date.UTC(1990, 6, 1)) //=> 32400 (summer time)
 */
export function shanghaiOffsetSeconds(time: number): number {
  if (!Number.isFinite(time)) return Number.NaN;
  if (time >= fixedFrom && time < fixedUntil) return 28_800;
  return intlShanghaiOffsetSeconds(time);
}

/**
 * {@link shanghaiOffsetSeconds} read from the host's time-zone data, without the fixed-offset
 * shortcut (what the shortcut is tested against).
 *
 * @example
 * intlShanghaiOffsetSeconds(Date.UTC(2017, 0, 1)) //=> 28800
 */
export function intlShanghaiOffsetSeconds(time: number): number {
  if (!Number.isFinite(time)) return Number.NaN;
  offsetFormat ??= new Intl.DateTimeFormat("en-US", {
    timeZone: programmeTimeZone,
    timeZoneName: "longOffset",
  });
  // "8/1/2016, GMT+08:00"; historical offsets may carry seconds ("GMT+08:05:43").
  const [h = 0, m = 0, s = 0] = (offsetFormat.format(time).split("GMT")[1] ?? "")
    .split(":")
    .map(Number);
  const sign = h < 0 || Object.is(h, -0) ? -1 : 1;
  return h * 3600 + sign * (m * 60 + s);
}
