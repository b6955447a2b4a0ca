import { describe, expect, it } from "vitest";
import { intlShanghaiOffsetSeconds, shanghaiOffsetSeconds } from "./shanghai-offset.js";

const hour = 3_600_000;

describe("shanghaiOffsetSeconds", () => {
  it("gives the host's own answer for every six hours of 1991-06 … 2040 (across the last summer time)", () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1991, 5, 1); t < Date.UTC(2041, 0, 1); t += 6 * hour) {
      if (shanghaiOffsetSeconds(t) !== intlShanghaiOffsetSeconds(t)) {
        mismatches.push(new Date(t).toISOString());
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ["summer time of 1990", Date.UTC(1990, 6, 1), 32_400],
    ["the last hour before 1992 in Beijing", Date.UTC(1991, 11, 31, 15, 30), 28_800],
    ["the first instant of 1992 in Beijing", Date.UTC(1991, 11, 31, 16), 28_800],
    ["the programme's start", Date.UTC(2016, 7, 1), 28_800],
    ["2100, read from the host again", Date.UTC(2100, 5, 1), 28_800],
  ])("%s", (_, time, seconds) => {
    expect(shanghaiOffsetSeconds(time)).toBe(seconds);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("is NaN for the invalid time %s", (time) => {
    expect(shanghaiOffsetSeconds(time)).toBeNaN();
  });
});
