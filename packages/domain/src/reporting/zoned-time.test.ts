import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zonedTime } from "./zoned-time.js";

const wallTime = fc.record({
  year: fc.integer({ min: 1980, max: 2110 }),
  monthIndex: fc.integer({ min: -2, max: 13 }),
  day: fc.integer({ min: 0, max: 32 }),
  hours: fc.integer({ min: 0, max: 24 }),
  minutes: fc.integer({ min: 0, max: 59 }),
  seconds: fc.integer({ min: 0, max: 59 }),
  ms: fc.integer({ min: 0, max: 999 }),
});

describe("zonedTime", () => {
  it("answers as @date-fns/tz for any wall time in Asia/Shanghai (the fixed-offset shortcut included)", () => {
    fc.assert(
      fc.property(wallTime, (w) => {
        const args = [w.year, w.monthIndex, w.day, w.hours, w.minutes, w.seconds, w.ms] as const;
        expect(zonedTime("Asia/Shanghai", ...args)).toBe(
          new TZDate(...args, "Asia/Shanghai").getTime(),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["Asia/Shanghai", [2016, 8, 21], Date.UTC(2016, 8, 20, 16)],
    ["Asia/Shanghai (summer time of 1990)", [1990, 6, 1], Date.UTC(1990, 5, 30, 15)],
    ["Europe/London", [2016, 6, 1], Date.UTC(2016, 5, 30, 23)],
    ["UTC", [2017, 0, 1], Date.UTC(2017, 0, 1)],
  ] as const)("%s", (zone, [year, monthIndex, day], expected) => {
    expect(zonedTime(zone.split(" ")[0] as string, year, monthIndex, day)).toBe(expected);
  });
});
