import { describe, expect, it } from "vitest";
import { parseRecord } from "./record-fields.js";
import { VStationRecord } from "./v-station.js";

// A synthetic record: its name or source says so.
const record = {
  id: "MZ-VS-441403",
  name: "梅县区助残V站（合成）",
  county: "441403",
  openedMonth: "2017-06",
  services: ["registration", "training"],
  youthsServed: 120,
};

describe("VStationRecord", () => {
  it("accepts a complete synthetic record", () => {
    expect(parseRecord(VStationRecord, record)).toEqual({ ok: true, value: record });
  });

  it.each([
    ["an unknown service", { services: ["catering"] }],
    ["an opening month in the wrong format", { openedMonth: "2017-6" }],
  ])("rejects %s", (_, change) => {
    expect(parseRecord(VStationRecord, { ...record, ...change }).ok).toBe(false);
  });
});
