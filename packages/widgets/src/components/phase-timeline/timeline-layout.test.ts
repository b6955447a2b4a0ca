import { describe, expect, it } from "vitest";
import { endOfMonth, lastMonthBefore, timelineLayout } from "./timeline-layout.js";

const phases = [
  { id: "foundation", start: "2016-08-01", end: "2017-01-01" },
  { id: "deepening", start: "2017-01-01", end: "2018-01-01" },
  { id: "consolidation", start: "2018-01-01", end: "2019-01-01" },
];

describe("timelineLayout", () => {
  it.each([
    ["2016-08", ["current", "upcoming", "upcoming"]],
    ["2016-12", ["done", "upcoming", "upcoming"]],
    ["2017-03", ["done", "current", "upcoming"]],
    ["2018-12", ["done", "done", "done"]],
    ["2016-05", ["upcoming", "upcoming", "upcoming"]],
  ])("at the end of %s the phases are %j", (asOf, states) => {
    expect(timelineLayout(phases, asOf, 100).segments.map((s) => s.state)).toEqual(states);
  });

  it("sizes phases by their length and places the as-of marker", () => {
    const t = timelineLayout(phases, "2016-12", 880);
    expect(t.segments.map((s) => Math.round(s.width))).toEqual([153, 364, 364]);
    expect(t.markerX).toBe(t.segments[1]?.x);
  });

  it("counts how much of the current phase has passed", () => {
    const current = timelineLayout(phases, "2017-06", 100).segments[1];
    expect(current?.elapsed).toBeCloseTo(181 / 365, 5);
  });

  it("has no marker outside the programme", () => {
    expect(timelineLayout(phases, "2019-02", 100).markerX).toBeUndefined();
  });

  it.each([
    ["2016-12", "2017-01-01"],
    ["2017-03", "2017-04-01"],
    ["2016-08", "2016-09-01"],
    ["2018-02", "2018-03-01"],
  ])("takes the end of the as-of month %s as %s", (month, end) => {
    expect(endOfMonth(month)).toBe(end);
  });

  it.each([
    ["2017-01-01", "2016-12"],
    ["2018-01-01", "2017-12"],
    ["2016-03-01", "2016-02"],
    ["2016-08-15", "2016-08"],
  ])("gives the last month before the exclusive end %s as %s", (end, month) => {
    expect(lastMonthBefore(end)).toBe(month);
  });
});
