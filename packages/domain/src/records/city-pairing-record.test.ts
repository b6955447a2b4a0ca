import { describe, expect, it } from "vitest";
import { CityPairingRecord } from "./city-pairing-record.js";
import { parseRecord } from "./record-fields.js";

// A synthetic record: its name or source says so.
const record = {
  helping: "440606",
  helped: "440800",
  counties: ["440882", "440825"],
  source: "press report (synthetic example)",
  confidence: "medium",
};

describe("CityPairingRecord", () => {
  it("accepts a complete synthetic record", () => {
    expect(parseRecord(CityPairingRecord, record)).toEqual({ ok: true, value: record });
  });

  it.each([
    ["an unknown confidence", { confidence: "certain" }],
    ["a pairing without a source", { source: "" }],
    ["an empty county list", { counties: [] }],
  ])("rejects %s", (_, change) => {
    expect(parseRecord(CityPairingRecord, { ...record, ...change }).ok).toBe(false);
  });
});
