import { describe, expect, it } from "vitest";
import { needAreas } from "../indicators/indicator-ids.js";
import { parseRecord } from "./record-fields.js";
import {
  needAreaLabels,
  YouthServiceRecord,
  youthServiceFileColumns,
} from "./youth-service-file.js";

// A synthetic row: the name says so, the ID numbers are made up for tests.
const row = {
  name: "测试甲（合成）",
  residentId: "441481200503010016",
  disabilityCertificate: "44148120050301001641",
  county: "441481",
  registeredPoor: true,
  needs: ["rehabilitation", "education-support"],
};

describe("YouthServiceRecord", () => {
  it("accepts a complete synthetic row", () => {
    expect(parseRecord(YouthServiceRecord, row)).toEqual({ ok: true, value: row });
  });

  it.each([
    ["a legacy 15-digit ID", { residentId: "441481050301001" }],
    ["a lowercase x check character", { residentId: "44148120050301001x" }],
    ["no certificate", { disabilityCertificate: undefined }],
    ["a village code", { village: "441481100201" }],
  ])("accepts %s", (_, change) => {
    expect(YouthServiceRecord.safeParse({ ...row, ...change }).success).toBe(true);
  });

  it.each([
    ["a 17-digit ID", { residentId: "44148120050301001" }],
    ["a certificate of 19 characters", { disabilityCertificate: "4414812005030100164" }],
    ["a need outside the five areas", { needs: ["housing"] }],
    ["registered poor as text", { registeredPoor: "是" }],
    ["a 4-digit county code", { county: "4414" }],
    ["no name", { name: "" }],
  ])("rejects %s", (_, change) => {
    expect(YouthServiceRecord.safeParse({ ...row, ...change }).success).toBe(false);
  });
});

describe("youthServiceFileColumns", () => {
  it("names every field of the record once", () => {
    expect(youthServiceFileColumns.map((c) => c.key).sort()).toEqual(
      Object.keys(YouthServiceRecord.shape).sort(),
    );
  });

  it("labels the five need areas in the notice's words", () => {
    expect(needAreas.map((a) => needAreaLabels[a]["zh-CN"])).toEqual([
      "支教助学",
      "就业扶贫",
      "技能培训",
      "康复治疗",
      "社会融入",
    ]);
  });
});
