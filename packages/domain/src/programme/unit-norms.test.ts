import { describe, expect, it } from "vitest";
import { evaluateArithmetic } from "./arithmetic.js";
import { countyNorms, programmeScale, unitNorms, vStationPlaces } from "./unit-norms.js";

describe("unit norms", () => {
  it.each([
    ["organisationsPerCounty", 5, true, "§三(二)", "约5个组织"],
    ["youthsPerOrganisation", 10, false, "§三(二)", "10名"],
    ["youthsPerProject", 30, true, "§三(三)", "约30名"],
    ["stationsPerCounty", 1, false, "§三(四)", "一间"],
    ["teamsPerStation", 20, false, "§三(四)", "20支"],
    ["youthsPerStation", 500, false, "§三(四)", "500个"],
  ] as const)(
    "%s is %d (approximate: %s) as %s states",
    (key, value, approximate, clause, words) => {
      expect(unitNorms[key]).toMatchObject({ value, approximate, clause });
      expect(unitNorms[key].quote).toContain(words);
    },
  );

  it("marks one project per organisation as a DECISION, not the notice's figure", () => {
    expect(unitNorms.projectsPerOrganisation).toMatchObject({ value: 1, decision: true });
  });

  it("states the programme's scale: 70 poverty counties and 2,277 villages (preamble)", () => {
    expect(programmeScale.povertyCounties.value).toBe(70);
    expect(programmeScale.poorVillages.value).toBe(2277);
  });

  it.each([
    ["star-organisations", 5],
    ["youths-paired", 50],
    ["quality-projects", 5],
    ["youths-served-by-projects", 150],
    ["v-stations", 1],
    ["v-station-teams", 20],
    ["youths-covered", 500],
  ] as const)("gives every county a %s norm of %d", (indicator, value) => {
    expect(countyNorms.find((n) => n.indicator === indicator)?.value).toBe(value);
  });

  it("derives each county norm by its own arithmetic", () => {
    for (const norm of countyNorms) {
      expect(norm.derived).toBe(norm.arithmetic !== undefined);
      if (norm.arithmetic) expect(evaluateArithmetic(norm.arithmetic)).toBe(norm.value);
      expect(norm.phases.length).toBeGreaterThan(0);
    }
  });

  it("has one norm per indicator at most", () => {
    const ids = countyNorms.map((n) => n.indicator);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("counts 70 × 500 = 35,000 V-station places as a capacity", () => {
    expect(vStationPlaces.value).toBe(35_000);
    expect(evaluateArithmetic(vStationPlaces.arithmetic)).toBe(35_000);
    expect(vStationPlaces.arithmetic.formula).toBe("70 × 500 = 35,000");
  });
});
