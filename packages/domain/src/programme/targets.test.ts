import { describe, expect, it } from "vitest";
import { indicatorIds } from "../indicators/indicator-ids.js";
import { evaluateArithmetic } from "./arithmetic.js";
import { phaseIds } from "./phase-ids.js";
import { phaseTargetsOf, targetFor, targets, targetsOf } from "./targets.js";
import { countyNorms } from "./unit-norms.js";

describe("targets (§四 and §三)", () => {
  it.each([
    ["star-organisations", "foundation", 350, "at-least", false],
    ["youths-paired", "foundation", 3500, "about", false],
    ["star-organisations", "deepening", 350, "at-least", false],
    ["quality-projects", "deepening", 350, "at-least", false],
    ["youths-served-by-projects", "deepening", 10_500, "about", true],
    ["v-stations", "deepening", 36, "more-than-half", true],
    ["youths-covered", "deepening", 10_000, "about", false],
    ["star-organisations", "consolidation", 350, "at-least", false],
    ["quality-projects", "consolidation", 350, "at-least", false],
    ["youths-served-by-projects", "consolidation", 10_500, "about", true],
    ["v-stations", "consolidation", 70, "every", false],
    ["v-station-teams", "consolidation", 1400, "at-least", true],
    ["youths-covered", "consolidation", 30_000, "about", false],
  ] as const)(
    "%s in %s is %d (%s, derived: %s)",
    (indicator, phase, value, comparison, derived) => {
      const t = targets.find((x) => x.indicator === indicator && x.phase === phase);
      expect(t).toMatchObject({ value, comparison, derived, level: "province" });
    },
  );

  it("lists exactly those thirteen targets, one per indicator and phase", () => {
    expect(targets).toHaveLength(13);
    const keys = targets.map((t) => `${t.indicator}/${t.phase}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ["star-organisations", "foundation", "70 × 5 = 350"],
    ["youths-paired", "foundation", "350 × 10 = 3,500"],
    ["youths-served-by-projects", "deepening", "350 × 30 = 10,500"],
    ["v-station-teams", "consolidation", "70 × 20 = 1,400"],
    ["v-stations", "deepening", "⌊70 ÷ 2⌋ + 1 = 36"],
  ] as const)("%s in %s shows its arithmetic %s", (indicator, phase, formula) => {
    expect(targetFor(indicator, phase)?.formula).toBe(formula);
  });

  it("gives every derived target its arithmetic, and every arithmetic gives the value", () => {
    for (const t of targets) {
      if (t.derived) expect(t.arithmetic).toBeDefined();
      if (t.arithmetic) expect(evaluateArithmetic(t.arithmetic)).toBe(t.value);
    }
  });

  it("quotes the notice with the figure it states", () => {
    const words: Record<number, string> = { 3500: "3500", 10000: "1万", 30000: "3万" };
    for (const t of targets.filter((x) => !x.derived)) {
      expect(t.quote).toContain(words[t.value] ?? String(t.value));
    }
  });

  it.each([
    "youths-registered",
    "need-education-support",
    "need-employment",
    "need-skills-training",
    "need-rehabilitation",
    "need-social-integration",
    "reports-on-time",
  ] as const)("has no target for %s (the notice gives no number)", (indicator) => {
    expect(targetsOf(indicator)).toEqual([]);
    for (const phase of phaseIds) expect(targetFor(indicator, phase)).toBeUndefined();
  });

  it("targetsOf returns an indicator's targets in phase order", () => {
    expect(targetsOf("v-stations").map((t) => [t.phase, t.value])).toEqual([
      ["deepening", 36],
      ["consolidation", 70],
    ]);
    const all = indicatorIds.flatMap((id) => targetsOf(id));
    expect(all).toHaveLength(targets.length);
  });
});

describe("targetFor by level", () => {
  it.each([
    ["youths-covered", "consolidation", {}, 30_000, false],
    ["star-organisations", "foundation", { level: "county" }, 5, false],
    ["youths-paired", "foundation", { level: "county" }, 50, true],
    ["quality-projects", "deepening", { level: "county" }, 5, true],
    ["youths-served-by-projects", "consolidation", { level: "county" }, 150, true],
    ["v-stations", "consolidation", { level: "county" }, 1, false],
    ["v-station-teams", "consolidation", { level: "county" }, 20, true],
    ["youths-covered", "consolidation", { level: "county" }, 500, true],
    ["star-organisations", "deepening", { level: "city", counties: 4 }, 20, true],
    ["youths-paired", "foundation", { level: "city", counties: 3 }, 150, true],
    ["v-stations", "deepening", { level: "city", counties: 3 }, 2, true],
    ["v-stations", "deepening", { level: "city", counties: 4 }, 3, true],
    ["v-station-teams", "consolidation", { level: "city", counties: 6 }, 120, true],
    ["youths-covered", "consolidation", { level: "city", counties: 2 }, 1000, true],
  ] as const)(
    "%s in %s for %j is %d (derived: %s)",
    (indicator, phase, options, value, derived) => {
      expect(targetFor(indicator, phase, options)).toMatchObject({ value, derived });
    },
  );

  it.each([
    ["v-stations", "deepening", { level: "county" }],
    ["youths-covered", "deepening", { level: "county" }],
    ["youths-paired", "deepening", { level: "county" }],
    ["v-station-teams", "deepening", { level: "city", counties: 3 }],
    ["star-organisations", "foundation", { level: "city" }],
    ["star-organisations", "foundation", { level: "city", counties: 0 }],
    ["star-organisations", "foundation", { level: "city", counties: 2.5 }],
    ["v-stations", "deepening", { level: "city", counties: -1 }],
    ["youths-registered", "foundation", { level: "county" }],
  ] as const)("has no target for %s in %s for %j", (indicator, phase, options) => {
    expect(targetFor(indicator, phase, options)).toBeUndefined();
  });

  it("writes a city's arithmetic: norm × programme counties", () => {
    expect(targetFor("youths-paired", "foundation", { level: "city", counties: 3 })).toEqual({
      value: 150,
      derived: true,
      formula: "50 × 3 = 150",
      clause: "§三(二)",
    });
    expect(targetFor("v-stations", "deepening", { level: "city", counties: 3 })?.formula).toBe(
      "⌊3 ÷ 2⌋ + 1 = 2",
    );
  });

  it("a city holding all 70 counties reproduces the province, except the 1+20+500 coverage", () => {
    for (const norm of countyNorms) {
      for (const phase of norm.phases) {
        const city = targetFor(norm.indicator, phase, { level: "city", counties: 70 })?.value;
        const province = targetFor(norm.indicator, phase)?.value;
        if (norm.indicator === "youths-covered") {
          // 70 × 500 = 35,000 places on the V-station model; §四 sets about 30,000 (DECISION).
          expect([city, province]).toEqual([35_000, 30_000]);
        } else {
          expect(city).toBe(province);
        }
      }
    }
    expect(targetFor("v-stations", "deepening", { level: "city", counties: 70 })?.value).toBe(36);
  });

  it("phaseTargetsOf gives the stepped target as a phase → value map", () => {
    expect(phaseTargetsOf("youths-covered")).toEqual({ deepening: 10_000, consolidation: 30_000 });
    expect(phaseTargetsOf("v-stations", { level: "city", counties: 3 })).toEqual({
      deepening: 2,
      consolidation: 3,
    });
    expect(phaseTargetsOf("youths-registered")).toEqual({});
  });
});
