import { describe, expect, it } from "vitest";
import { expectedAt, progressDefaults, progressStatus } from "./progress-status.js";

// Phases (Asia/Shanghai): foundation 2016-08-01 → 2017-01-01 (153 days), deepening
// 2017-01-01 → 2018-01-01 (365 days), consolidation 2018-01-01 → 2019-01-01 (365 days).
// A month's data is as of its end: t = the first instant of the next month.

describe("expected value on the phase's line", () => {
  it.each([
    // 350 × 31/153: t = 2016-09-01, 31 of 153 days.
    ["star-organisations", "2016-08", 350 * (31 / 153)],
    // 350 × 92/153 ≈ 210.46: t = 2016-11-01, 92 of 153 days.
    ["star-organisations", "2016-10", (350 * 92) / 153],
    // t = e = 2017-01-01: the whole target at the end of the phase's last month.
    ["star-organisations", "2016-12", 350],
    // b = 350 (foundation) = T: a sustained target stays flat.
    ["star-organisations", "2017-05", 350],
    // b = 0 (no foundation target), 10,000 × 181/365: t = 2017-07-01.
    ["youths-covered", "2017-06", (10_000 * 181) / 365],
    // b = 10,000, T = 30,000, t = 2018-04-01: 10,000 + 20,000 × 90/365 ≈ 14,931.51.
    ["youths-covered", "2018-03", 10_000 + (20_000 * 90) / 365],
    // b = 36, T = 70, t = 2018-07-01: 36 + 34 × 181/365 ≈ 52.86.
    ["v-stations", "2018-06", 36 + (34 * 181) / 365],
    ["v-stations", "2018-12", 70],
  ] as const)("%s in %s is %d", (indicator, asOf, expected) => {
    const result = progressStatus({ indicator, actual: 0, asOf });
    expect(result.expected).toBeCloseTo(expected, 9);
  });

  it("is about 210.46 organisations in October 2016", () => {
    expect(expectedAt("2016-10", 350)).toBeCloseTo(210.4575, 4);
  });

  it("expectedAt is undefined outside the phases", () => {
    expect(expectedAt("2016-07", 350)).toBeUndefined();
    expect(expectedAt("2019-01", 350)).toBeUndefined();
  });
});

describe("progressStatus", () => {
  it("reports the phase, its target and the ratio", () => {
    // 14,500 ÷ (10,000 + 20,000 × 90/365 ≈ 14,931.51) ≈ 0.971 ≥ 0.95.
    const result = progressStatus({ indicator: "youths-covered", actual: 14_500, asOf: "2018-03" });
    expect(result).toMatchObject({ status: "on-track", target: 30_000, phase: "consolidation" });
    expect(result.ratio).toBeCloseTo(14_500 / (10_000 + (20_000 * 90) / 365), 9);
  });

  // youths-covered in 2017-12: expected = T = 10,000 exactly, so R = actual ÷ 10,000.
  it.each([
    [10_000, "achieved"],
    [9999, "on-track"],
    [9500, "on-track"], // R = 0.95 exactly
    [9499, "needs-acceleration"],
    [6000, "needs-acceleration"], // R = 0.60 exactly
    [5999, "off-track"],
    [0, "off-track"],
  ] as const)("youths-covered of %d at the end of 2017 is %s", (actual, status) => {
    const result = progressStatus({ indicator: "youths-covered", actual, asOf: "2017-12" });
    expect(result.expected).toBe(10_000);
    expect(result.ratio).toBe(actual / 10_000);
    expect(result.status).toBe(status);
  });

  it.each([
    [9000, "on-track"],
    [8999, "needs-acceleration"],
    [5000, "needs-acceleration"],
    [4999, "off-track"],
  ] as const)("uses configured thresholds { 0.9, 0.5 }: %d is %s", (actual, status) => {
    const options = { onTrack: 0.9, needsAcceleration: 0.5 };
    const result = progressStatus(
      { indicator: "youths-covered", actual, asOf: "2017-12" },
      options,
    );
    expect(result.status).toBe(status);
  });

  it("defaults to 0.95 and 0.60", () => {
    expect(progressDefaults).toEqual({ onTrack: 0.95, needsAcceleration: 0.6 });
  });

  it("calls a reached target achieved whatever the ratio", () => {
    // A falling line (explicit baseline 100 above target 50): in 2017-01 expected is
    // 100 − 50 × 31/365 ≈ 95.75, so R ≈ 0.52 — yet 50 ≥ T.
    const falling = progressStatus({
      indicator: "youths-covered",
      actual: 50,
      asOf: "2017-01",
      target: 50,
      baseline: 100,
    });
    expect(falling.status).toBe("achieved");
    expect(falling.ratio).toBeCloseTo(50 / (100 - (50 * 31) / 365), 9);
    // And an on-track threshold no ratio can meet does not matter either.
    const strict = progressStatus(
      { indicator: "star-organisations", actual: 350, asOf: "2016-09" },
      { onTrack: 100 },
    );
    expect(strict.status).toBe("achieved");
  });

  it("starts consolidation at the deepening target (b = 10,000) for youths-covered", () => {
    const result = progressStatus({ indicator: "youths-covered", actual: 14_000, asOf: "2018-03" });
    // expected = 10,000 + 20,000 × 90/365 ≈ 14,931.51; R ≈ 0.9376.
    expect(result.expected).toBeCloseTo(14_931.506849, 5);
    expect(result.status).toBe("needs-acceleration");
  });

  it.each([
    ["youths-registered", "2017-06", "deepening"],
    ["need-rehabilitation", "2016-10", "foundation"],
    ["reports-on-time", "2018-03", "consolidation"],
    ["youths-covered", "2016-10", "foundation"], // §四 sets coverage from 2017 only
    ["v-stations", "2016-12", "foundation"],
  ] as const)("%s in %s has no target", (indicator, asOf, phase) => {
    expect(progressStatus({ indicator, actual: 10, asOf })).toEqual({
      status: "no-target",
      expected: null,
      ratio: null,
      target: null,
      phase,
    });
  });

  it.each(["2016-07", "2019-01", "2015-12", "2016-13", "2017-6", "garbage"])(
    "asOf %s outside the phases has no target",
    (asOf) => {
      expect(progressStatus({ indicator: "youths-covered", actual: 10, asOf })).toEqual({
        status: "no-target",
        expected: null,
        ratio: null,
        target: null,
        phase: null,
      });
    },
  );

  it.each([null, undefined, Number.NaN])(
    "actual %s is no-data, with expected and target",
    (actual) => {
      const result = progressStatus({ indicator: "star-organisations", actual, asOf: "2016-12" });
      expect(result).toEqual({
        status: "no-data",
        expected: 350,
        ratio: null,
        target: 350,
        phase: "foundation",
      });
    },
  );

  it("measures a city against its own stepped target (level and counties)", () => {
    const city = { level: "city", counties: 3 } as const;
    // Deepening: ⌊3 ÷ 2⌋ + 1 = 2 stations by the end of 2017.
    expect(
      progressStatus({ indicator: "v-stations", actual: 2, asOf: "2017-12" }, city),
    ).toMatchObject({
      status: "achieved",
      target: 2,
      expected: 2,
    });
    // Consolidation: b = 2, T = 3, t = 2018-07-01: 2 + 1 × 181/365 ≈ 2.496; R = 2 ÷ 2.496 ≈ 0.80.
    const mid = progressStatus({ indicator: "v-stations", actual: 2, asOf: "2018-06" }, city);
    expect(mid.expected).toBeCloseTo(2 + 181 / 365, 9);
    expect(mid.status).toBe("needs-acceleration");
  });

  it("measures a county against its norm (50 paired youths)", () => {
    // 50 × 92/153 ≈ 30.07 expected at the end of October 2016; 29 ÷ 30.07 ≈ 0.964.
    const result = progressStatus(
      { indicator: "youths-paired", actual: 29, asOf: "2016-10" },
      { level: "county" },
    );
    expect(result).toMatchObject({ status: "on-track", target: 50 });
    expect(result.expected).toBeCloseTo((50 * 92) / 153, 9);
  });

  it("takes a phase → value map as the stepped target", () => {
    const result = progressStatus(
      { indicator: "youths-covered", actual: 140, asOf: "2018-03" },
      { targets: { deepening: 100, consolidation: 300 } },
    );
    // b = 100, T = 300: 100 + 200 × 90/365 ≈ 149.32; R ≈ 0.9376.
    expect(result.expected).toBeCloseTo(100 + (200 * 90) / 365, 9);
    expect(result).toMatchObject({ status: "needs-acceleration", target: 300 });
    const none = progressStatus(
      { indicator: "youths-covered", actual: 140, asOf: "2017-03" },
      { targets: { consolidation: 300 } },
    );
    expect(none.status).toBe("no-target");
  });

  it("starts an explicit target's line at 0 unless a baseline is given", () => {
    const bare = progressStatus({
      indicator: "youths-covered",
      actual: 0,
      asOf: "2018-03",
      target: 3000,
    });
    expect(bare.expected).toBeCloseTo((3000 * 90) / 365, 9);
    const based = progressStatus({
      indicator: "youths-covered",
      actual: 0,
      asOf: "2018-03",
      target: 3000,
      baseline: 1000,
    });
    expect(based.expected).toBeCloseTo(1000 + (2000 * 90) / 365, 9);
  });

  it("gives no ratio when nothing is expected yet (guard for explicit targets)", () => {
    const zero = progressStatus({
      indicator: "youths-covered",
      actual: 0,
      asOf: "2018-03",
      target: 0,
    });
    expect(zero).toMatchObject({ status: "achieved", ratio: null, expected: 0 });
    // A negative baseline keeps expected below 0 in January: −1,000 + 1,010 × 31/365 ≈ −914.2.
    const negative = progressStatus({
      indicator: "youths-covered",
      actual: 0,
      asOf: "2018-01",
      target: 10,
      baseline: -1000,
    });
    expect(negative).toMatchObject({ status: "on-track", ratio: null });
  });

  it("reads month ends in Beijing time whatever the host's zone", () => {
    // On a host at UTC−8 a naive local midnight would shift t by 16 hours; the line must not move.
    expect(expectedAt("2016-12", 350)).toBe(350);
    expect(expectedAt("2017-12", 10_000)).toBe(10_000);
    expect(expectedAt("2018-12", 30_000, 10_000)).toBe(30_000);
  });
});
