import { describe, expect, it } from "vitest";
import { QualityProjectRecord } from "./quality-project.js";
import { parseRecord } from "./record-fields.js";

// A synthetic record: its name or source says so.
const record = {
  id: "MZ-PRJ-001",
  name: "阳光康复行动（合成）",
  organisation: "MZ-ORG-001",
  county: "441403",
  startMonth: "2017-03",
  youthsServed: 30,
  needAreas: ["rehabilitation"],
};

describe("QualityProjectRecord", () => {
  it("accepts a complete synthetic record", () => {
    expect(parseRecord(QualityProjectRecord, record)).toEqual({ ok: true, value: record });
  });

  it.each([
    ["a project that answers no need", { needAreas: [] }],
    ["a need outside the five areas", { needAreas: ["housing"] }],
    ["a fractional count", { youthsServed: 29.5 }],
  ])("rejects %s", (_, change) => {
    expect(parseRecord(QualityProjectRecord, { ...record, ...change }).ok).toBe(false);
  });
});
