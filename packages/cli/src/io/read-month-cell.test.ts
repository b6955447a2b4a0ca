import { describe, expect, it } from "vitest";
import { readMonthCell } from "./read-month-cell.js";

describe("readMonthCell", () => {
  it.each([
    ["2017-03", "2017-03"],
    ["2017-3", "2017-03"],
    ["2017/3", "2017-03"],
    ["2017.10", "2017-10"],
    ["2017年3月", "2017-03"],
    ["2017 年 03 月", "2017-03"],
    ["２０１７年３月", "2017-03"],
    ["201703", "2017-03"],
    ["3/2017", "2017-03"],
    ["2017/3/1", "2017-03"],
    ["2017-03-01", "2017-03"],
    ["2017年3月1日", "2017-03"],
    ["Mar 2017", "2017-03"],
    ["September 2016", "2016-09"],
  ])("normalises the text %j to %s", (text, month) => {
    expect(readMonthCell({ value: text })).toEqual({ ok: true, value: month });
  });

  it.each([
    [new Date(Date.UTC(2017, 2, 1)), "2017-03"],
    [201703, "2017-03"],
  ])("normalises the cell value %j to %s", (value, month) => {
    expect(readMonthCell({ value })).toEqual({ ok: true, value: month });
  });

  it.each([
    ["2017/3/15", "month-ambiguous"],
    [new Date(Date.UTC(2017, 2, 15)), "month-ambiguous"],
    [2017.1, "month-ambiguous"],
    [42795, "month-ambiguous"],
    ["17-03", "month-unreadable"],
    ["2017-13", "month-unreadable"],
    ["Mar-17", "month-unreadable"],
    ["三月", "month-unreadable"],
    ["", "month-missing"],
    [null, "month-missing"],
  ])("refuses %j as %s", (value, code) => {
    expect(readMonthCell({ value })).toMatchObject({ ok: false, code });
  });

  it("reports a formula without a result rather than a missing month", () => {
    expect(readMonthCell({ value: null, unreadable: "formula-without-value" })).toMatchObject({
      code: "formula-without-value",
    });
  });
});
