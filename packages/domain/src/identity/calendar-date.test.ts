import { describe, expect, it } from "vitest";
import { isLeapYear, isRealDate, referenceDay, toCalendarDate } from "./calendar-date.js";

describe("calendar dates", () => {
  it.each([
    [2000, true],
    [2016, true],
    [1900, false],
    [2017, false],
    [2100, false],
  ])("isLeapYear(%i) is %s", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2000, 2, 29, true],
    [1999, 2, 29, false],
    [1999, 2, 31, false],
    [2016, 4, 31, false],
    [2016, 12, 31, true],
    [2016, 13, 1, false],
    [2016, 0, 1, false],
    [2016, 1, 0, false],
  ])("isRealDate(%i, %i, %i) is %s", (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toBe(real);
  });

  it.each([
    ["2016-08-01", "2016-08-01"],
    ["2016-02-29", "2016-02-29"],
    ["2017-02-29", undefined],
    ["2017-2-3", undefined],
    ["2017-02-03T00:00:00Z", undefined],
    ["", undefined],
  ])("toCalendarDate(%j) is %j", (input, expected) => {
    expect(toCalendarDate(input)).toBe(expected);
  });

  it("reads a Date as its Beijing calendar day, not the host's", () => {
    expect(toCalendarDate(new Date("2016-07-31T16:00:00Z"))).toBe("2016-08-01");
    expect(toCalendarDate(new Date("2016-07-31T15:59:59.999Z"))).toBe("2016-07-31");
    expect(toCalendarDate(new Date(Number.NaN))).toBeUndefined();
  });

  it("referenceDay passes a real day through and throws RangeError on an invalid one", () => {
    expect(referenceDay("2016-08-01")).toBe("2016-08-01");
    expect(referenceDay(undefined)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => referenceDay("2016-02-30")).toThrow(RangeError);
    expect(() => referenceDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
