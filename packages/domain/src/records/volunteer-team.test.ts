import { describe, expect, it } from "vitest";
import { parseRecord } from "./record-fields.js";
import { VolunteerTeamRecord } from "./volunteer-team.js";

// A synthetic record: its name or source says so.
const record = {
  id: "MZ-TEAM-001",
  name: "青年志愿者助残分队（合成）",
  county: "441403",
  vStation: "MZ-VS-441403",
  formedMonth: "2017-07",
  volunteers: 25,
};

describe("VolunteerTeamRecord", () => {
  it("accepts a complete synthetic record", () => {
    expect(parseRecord(VolunteerTeamRecord, record)).toEqual({ ok: true, value: record });
  });

  it.each([
    ["a team without a name", { name: "" }],
    ["a station id with spaces", { vStation: "MZ VS" }],
  ])("rejects %s", (_, change) => {
    expect(parseRecord(VolunteerTeamRecord, { ...record, ...change }).ok).toBe(false);
  });
});
