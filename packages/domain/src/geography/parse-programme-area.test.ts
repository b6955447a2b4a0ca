import { describe, expect, it } from "vitest";
import { parseProgrammeArea } from "./parse-programme-area.js";

// Synthetic lists: real county codes, invented combinations and village numbers.
describe("parseProgrammeArea", () => {
  it.each([
    [{ counties: ["441481", "441882"] }],
    [{ counties: ["441900", "442000"] }],
    [{ counties: ["440825"], villages: ["440825100201", "441900003001"] }],
    [{ counties: ["440825"], villages: [] }],
  ])("accepts %j as given", (input) => {
    expect(parseProgrammeArea(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    [{ counties: ["4414811"] }, "county-code-format", ["counties", 0]],
    [{ counties: ["441481", "44148a"] }, "county-code-format", ["counties", 1]],
    [{ counties: ["441400"] }, "not-county-level", ["counties", 0]],
    [{ counties: ["440000"] }, "not-county-level", ["counties", 0]],
    [{ counties: ["450102"] }, "unknown-county", ["counties", 0]],
    [{ counties: ["441481", "441882", "441481"] }, "duplicate-county", ["counties", 2]],
    [{ counties: ["441481"], villages: ["4414811002"] }, "village-code-format", ["villages", 0]],
    [
      { counties: ["441481"], villages: ["450102100201"] },
      "village-outside-guangdong",
      ["villages", 0],
    ],
    [
      { counties: ["441481"], villages: ["441481100201", "441481100201"] },
      "duplicate-village",
      ["villages", 1],
    ],
  ])("rejects %j with %s at %j", (input, code, path) => {
    const result = parseProgrammeArea(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([[code, path]]);
    expect(result.errors[0]?.message["zh-CN"]).not.toBe("");
    expect(result.errors[0]?.message.en).not.toBe("");
  });

  it.each([
    [null, "schema-invalid-type"],
    ["441481", "schema-invalid-type"],
    [{}, "schema-invalid-type"],
    [{ counties: [] }, "schema-too-small"],
    [{ counties: [441481] }, "schema-invalid-type"],
    [{ counties: ["441481"], note: "x" }, "schema-unrecognized-keys"],
  ])("rejects the shape of %j with %s", (input, code) => {
    const result = parseProgrammeArea(input);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual([code]);
  });

  it("reports every problem, not only the first", () => {
    const result = parseProgrammeArea({ counties: ["441400", "x", "441481", "441481"] });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual([
      "not-county-level",
      "county-code-format",
      "duplicate-county",
    ]);
  });

  it("names the city in a not-county-level message", () => {
    const result = parseProgrammeArea({ counties: ["441400"] });
    expect(result.ok ? undefined : result.errors[0]?.message).toEqual({
      "zh-CN": "441400（梅州市）不是县级单位，请逐一列出其所辖县（市、区）",
      en: "441400 (Meizhou) is not a county-level unit: list its counties one by one",
    });
  });

  it("returns copies, not the caller's arrays", () => {
    const counties = ["441481"];
    const result = parseProgrammeArea({ counties });
    expect(result.ok && result.value.counties).not.toBe(counties);
  });
});
