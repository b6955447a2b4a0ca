import { describe, expect, it } from "vitest";
import { isReportableMonth, monthReportability } from "./reportable-month.js";

describe("monthReportability", () => {
  it.each([
    ["2016-07", "2020-01-01T00:00:00Z", "before-programme"],
    ["2016-08", "2016-08-31T15:59:59.999Z", "future"],
    ["2016-08", "2016-08-31T16:00:00.000Z", "reportable"],
    ["2016-12", "2016-12-31T16:00:00.000Z", "reportable"],
    ["2016-12", "2016-12-31T15:59:59.999Z", "future"],
    ["2018-12", "2019-06-01T00:00:00Z", "reportable"],
    ["2019-01", "2019-06-01T00:00:00Z", "after-programme"],
    ["2016-13", "2019-06-01T00:00:00Z", "invalid"],
    ["0999-12", "2019-06-01T00:00:00Z", "invalid"],
    ["2016-8", "2019-06-01T00:00:00Z", "invalid"],
  ])("%s at %s is %s", (month, asOf, expected) => {
    expect(monthReportability(month, new Date(asOf))).toBe(expected);
  });

  it("is invalid at an Invalid Date or in an unknown zone", () => {
    expect(monthReportability("2017-01", new Date(Number.NaN))).toBe("invalid");
    expect(monthReportability("2017-01", new Date("2018-01-01"), { timeZone: "Nope/Nope" })).toBe(
      "invalid",
    );
  });

  it("accepts later months with lastMonth: null, and another start and zone", () => {
    const asOf = new Date("2020-06-01T00:00:00Z");
    expect(monthReportability("2019-01", asOf, { lastMonth: null })).toBe("reportable");
    expect(monthReportability("2016-07", asOf, { firstMonth: "2016-07" })).toBe("reportable");
    expect(
      monthReportability("2016-08", new Date("2016-08-31T16:00:00Z"), { timeZone: "UTC" }),
    ).toBe("future");
  });

  it.each([
    ["2017-03", true],
    ["2017-04", false],
  ])("isReportableMonth(%s) on 5 April 2017 is %s", (month, expected) => {
    expect(isReportableMonth(month, new Date("2017-04-05T00:00:00Z"))).toBe(expected);
  });
});
