import { describe, expect, it } from "vitest";
import { cityPairings, helpedCities, helpingUnits } from "./city-pairings.js";
import { cityOf, getDivision } from "./divisions.js";
import { getReportingUnit } from "./reporting-units.js";

describe("city pairings of the 2016–2018 round", () => {
  it.each(cityPairings.map((p) => [p.helping, p.helped, p]))(
    "%s → %s references a known reporting unit and a known city",
    (_helping, _helped, pairing) => {
      expect(getReportingUnit(pairing.helping)).toBeDefined();
      expect(getDivision(pairing.helped)?.level).toBe("city");
      for (const county of pairing.counties ?? [])
        expect(cityOf(county)?.code).toBe(pairing.helped);
      expect(pairing.source).not.toBe("");
    },
  );

  it("never pairs a unit with itself or with a helping unit", () => {
    for (const p of cityPairings) {
      expect(p.helped).not.toBe(p.helping);
      expect(helpingUnits).not.toContain(p.helped);
    }
  });

  it("pairs Shunde with Zhanjiang's Xuwen and Leizhou only", () => {
    expect(cityPairings.filter((p) => p.helping === "440606")).toMatchObject([
      { helped: "440800", counties: ["440825", "440882"] },
    ]);
  });

  it("marks only Zhongshan's pairings low confidence", () => {
    expect(cityPairings.filter((p) => p.confidence === "low").map((p) => p.helping)).toEqual([
      "442000",
      "442000",
    ]);
  });

  it("derives 12 helped cities and 7 helping units", () => {
    expect(helpedCities).toEqual([
      "440200",
      "440800",
      "440900",
      "441200",
      "441400",
      "441500",
      "441600",
      "441700",
      "441800",
      "445100",
      "445200",
      "445300",
    ]);
    expect(helpingUnits).toEqual([
      "440100",
      "440300",
      "440400",
      "440600",
      "440606",
      "441900",
      "442000",
    ]);
  });
});
