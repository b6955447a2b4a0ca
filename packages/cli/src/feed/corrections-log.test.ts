import { describe, expect, it } from "vitest";
import { correctionsLog } from "./corrections-log.js";

// Synthetic corrections only.
const changed = {
  unit: "441400",
  month: "2017-01",
  indicator: "youths-paired" as const,
  region: "441402",
  previous: 12,
  current: "<5" as const,
};
const restatement = {
  unit: "441400",
  reportMonth: "2017-03",
  month: "2017-01",
  county: "441402",
  indicator: "youths-paired" as const,
  from: 12,
  to: 3,
  reason: "重复登记",
};

describe("correctionsLog", () => {
  it("logs a change with its published forms and the reason of the correction in force", () => {
    const log = correctionsLog(
      [],
      "2017-03",
      [changed],
      [{ ...restatement, reason: "旧" }, restatement],
      {
        publish: (r) => `«${r}»`,
      },
    );
    expect(log).toEqual([{ ...changed, release: "2017-03", reason: "«重复登记»" }]);
  });

  it("says so when no correction explains a change", () => {
    const log = correctionsLog([], "2017-03", [changed], [], { publish: (r) => r });
    expect(log[0]?.reason).toMatch(/未说明原因/);
  });

  it("keeps the previous releases' entries first, replacing a rebuilt release's own", () => {
    const old = { ...changed, release: "2017-02", reason: "x" };
    const stale = { ...changed, release: "2017-03", reason: "stale" };
    const log = correctionsLog([old, stale], "2017-03", [changed], [restatement], {
      publish: (r) => r,
    });
    expect(log.map((e) => [e.release, e.reason])).toEqual([
      ["2017-02", "x"],
      ["2017-03", "重复登记"],
    ]);
  });
});
