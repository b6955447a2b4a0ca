import { describe, expect, it } from "vitest";
import { reportTimeliness } from "./report-timeliness.js";

describe("reportTimeliness", () => {
  it.each([
    ["2016-09-20T23:59:59.999+08:00", "2016-08", "on-time"],
    ["2016-09-21T00:00:00.000+08:00", "2016-08", "late"],
    ["2016-09-20T15:59:59.999Z", "2016-08", "on-time"],
    ["2016-09-20T16:00:00.000Z", "2016-08", "late"],
    ["2016-09-20T08:59:59.999-07:00", "2016-08", "on-time"],
    ["2016-09-20T09:00:00.000-07:00", "2016-08", "late"],
    ["2016-09-20", "2016-08", "on-time"],
    ["2016-09-21", "2016-08", "late"],
    ["2016-09-20 23:59:59.999", "2016-08", "on-time"],
    ["2016-08-25T10:00:00+08:00", "2016-08", "on-time"],
    ["2017-01-20T23:59:59.999+08:00", "2016-12", "on-time"],
    ["2017-01-21T00:00:00+08:00", "2016-12", "late"],
    ["2016-12-20T23:59:59.999+08:00", "2016-12", "on-time"],
  ])("a report received %s for %s is %s", (receivedAt, month, expected) => {
    expect(reportTimeliness(receivedAt, month)).toBe(expected);
  });

  it.each([
    [new Date("2016-09-20T15:59:59.999Z"), "on-time"],
    [new Date("2016-09-20T16:00:00.000Z"), "late"],
    // 2016-09-20 23:59:59.999 on the host's own clock: on time only when the host is in Beijing.
    [
      new Date(2016, 8, 20, 23, 59, 59, 999),
      process.env.TZ === "Asia/Shanghai" ? "on-time" : "late",
    ],
  ])("a Date %s for 2016-08 is %s, by the instant, not the host's calendar", (date, expected) => {
    expect(reportTimeliness(date, "2016-08")).toBe(expected);
  });

  it.each([
    [null, "missing"],
    [undefined, "missing"],
    ["not a date", "missing"],
    [new Date(Number.NaN), "missing"],
  ])("a receipt of %j is %s", (receivedAt, expected) => {
    expect(reportTimeliness(receivedAt, "2016-08")).toBe(expected);
  });

  it("counts an unreadable receipt as late when asked to", () => {
    expect(reportTimeliness("20/09/2016", "2016-08", { unreadableReceipt: "late" })).toBe("late");
    expect(reportTimeliness(null, "2016-08", { unreadableReceipt: "late" })).toBe("missing");
  });

  it("follows the deadline options", () => {
    const received = "2016-09-20T12:00:00+08:00";
    expect(reportTimeliness(received, "2016-08", { dayOfMonth: 19 })).toBe("late");
    expect(reportTimeliness(received, "2016-08", { monthsAfter: 2 })).toBe("on-time");
    expect(reportTimeliness("2016-09-20T23:30", "2016-08", { timeZone: "UTC" })).toBe("on-time");
  });

  it.each([["2016-13"], [""], ["August 2016"]])(
    "gives no deadline, so 'missing', for the month %j and never throws",
    (month) => {
      expect(reportTimeliness("2016-09-01T00:00:00Z", month)).toBe("missing");
    },
  );
});
