import { describe, expect, it } from "vitest";
import { isReportDue } from "./report-due.js";

describe("isReportDue", () => {
  it.each([
    ["2016-08", "2016-09-20T15:59:59.999Z", false],
    ["2016-08", "2016-09-20T16:00:00.000Z", true],
    ["2016-12", "2017-01-20T16:00:00.000Z", true],
    ["2016-12", "2016-12-31T16:00:00.000Z", false],
    ["2016-13", "2030-01-01T00:00:00.000Z", false],
  ])("for %s at %s is %s", (month, asOf, due) => {
    expect(isReportDue(month, new Date(asOf))).toBe(due);
  });

  it("is false at an Invalid Date and follows the deadline options", () => {
    expect(isReportDue("2016-08", new Date(Number.NaN))).toBe(false);
    expect(isReportDue("2016-08", new Date("2016-09-19T16:00:00Z"), { dayOfMonth: 19 })).toBe(true);
  });
});
