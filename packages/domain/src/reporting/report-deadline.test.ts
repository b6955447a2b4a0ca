import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportDeadline, reportDeadlineDefaults } from "./report-deadline.js";

describe("reportDeadline (§六 DECISION: end of the 20th of the next month, Beijing time)", () => {
  it("runs with the host time zone this project asked for", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.EXPECTED_TZ);
  });

  it.each([
    ["2016-08", "2016-09-20T15:59:59.999Z"],
    ["2016-12", "2017-01-20T15:59:59.999Z"],
    ["2017-01", "2017-02-20T15:59:59.999Z"],
    ["2018-11", "2018-12-20T15:59:59.999Z"],
    ["2018-12", "2019-01-20T15:59:59.999Z"],
  ])("the report for %s falls due at %s", (month, iso) => {
    expect(reportDeadline(month).toISOString()).toBe(iso);
  });

  it.each([
    [{ dayOfMonth: 19 }, "2016-09-19T15:59:59.999Z"],
    [{ dayOfMonth: 31 }, "2016-09-30T15:59:59.999Z"],
    [{ monthsAfter: 0 }, "2016-08-20T15:59:59.999Z"],
    [{ monthsAfter: 2 }, "2016-10-20T15:59:59.999Z"],
    [{ timeZone: "UTC" }, "2016-09-20T23:59:59.999Z"],
    [reportDeadlineDefaults, "2016-09-20T15:59:59.999Z"],
  ])("for 2016-08 with %j falls due at %s", (options, iso) => {
    expect(reportDeadline("2016-08", options).toISOString()).toBe(iso);
  });

  it.each([
    ["2016-01", { dayOfMonth: 30 }, "2016-02-29T15:59:59.999Z"],
    ["2017-01", { dayOfMonth: 30 }, "2017-02-28T15:59:59.999Z"],
    ["1999-01", { dayOfMonth: 31 }, "1999-02-28T15:59:59.999Z"],
    ["2000-01", { dayOfMonth: 31 }, "2000-02-29T15:59:59.999Z"],
  ])("for %s with %j clamps to the last day of February: %s", (month, options, iso) => {
    expect(reportDeadline(month, options).toISOString()).toBe(iso);
  });

  it.each([
    // New York springs forward on 14 March 2021 and falls back on 7 November 2021; Santiago
    // skips midnight itself on 11 September 2022.
    ["2021-02", { dayOfMonth: 14, timeZone: "America/New_York" }, "2021-03-15T03:59:59.999Z"],
    ["2021-10", { dayOfMonth: 7, timeZone: "America/New_York" }, "2021-11-08T04:59:59.999Z"],
    ["2022-08", { dayOfMonth: 10, timeZone: "America/Santiago" }, "2022-09-11T03:59:59.999Z"],
  ])("for %s with %j ends the day correctly in a DST zone: %s", (month, options, iso) => {
    expect(reportDeadline(month, options).toISOString()).toBe(iso);
  });

  it.each([
    ["2016-13", {}],
    ["2016-8", {}],
    ["", {}],
    ["0999-12", {}],
    ["2016-08", { dayOfMonth: 0 }],
    ["2016-08", { dayOfMonth: 32 }],
    ["2016-08", { dayOfMonth: 20.5 }],
    ["2016-08", { monthsAfter: -1 }],
    ["2016-08", { timeZone: "Mars/Olympus_Mons" }],
  ])("is an Invalid Date for %j with %j", (month, options) => {
    expect(Number.isNaN(reportDeadline(month, options).getTime())).toBe(true);
  });

  it("is always 23:59:59.999 on the 20th of the next month on the Beijing wall clock", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, "0")}`;
        const deadline = new TZDate(reportDeadline(month).getTime(), "Asia/Shanghai");
        const next = m === 12 ? [y + 1, 0] : [y, m];
        expect([deadline.getFullYear(), deadline.getMonth(), deadline.getDate()]).toEqual([
          ...next,
          20,
        ]);
        expect([deadline.getHours(), deadline.getMinutes(), deadline.getSeconds()]).toEqual([
          23, 59, 59,
        ]);
        expect(deadline.getMilliseconds()).toBe(999);
      }),
    );
  });
});
