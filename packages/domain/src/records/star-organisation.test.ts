import { describe, expect, it } from "vitest";
import { parseRecord } from "./record-fields.js";
import { StarOrganisationRecord } from "./star-organisation.js";

// A synthetic record: its name or source says so.
const record = {
  id: "MZ-ORG-001",
  name: "梅县区助残志愿服务队（合成）",
  county: "441403",
  helpingUnit: "440100",
  supportedFrom: "2016-10",
  pairedYouths: 10,
};

describe("StarOrganisationRecord", () => {
  it("accepts a complete synthetic record", () => {
    expect(parseRecord(StarOrganisationRecord, record)).toEqual({ ok: true, value: record });
  });

  it.each([
    ["a month in the wrong format", { supportedFrom: "2016/10" }],
    ["a negative pairing count", { pairedYouths: -1 }],
    ["an unknown field", { phone: "1" }],
    ["a helping unit that is not a 6-digit code", { helpingUnit: "广州" }],
  ])("rejects %s", (_, change) => {
    expect(parseRecord(StarOrganisationRecord, { ...record, ...change }).ok).toBe(false);
  });
});
