import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskIdsInText, maskResidentId } from "./mask-resident-id.js";

// Synthetic IDs only (GB 11643's published example and made-up numbers).
describe("maskResidentId", () => {
  it.each([
    ["11010519491231002X", "110105**********2X"],
    ["11010519491231002x", "110105**********2X"],
    [" 441481200503010016 ", "441481**********16"],
    ["11010519491231002X42", "110105**********2X**"],
    ["110105491231002", "110105*******02"],
    ["1101051949123100", "11**************"],
    ["A1234567", "A1******"],
    ["张三丰的证件号码", "张三******"],
    ["1234567", "*******"],
    ["", ""],
  ])("masks %j as %j", (text, masked) => {
    expect(maskResidentId(text)).toBe(masked);
  });

  it("shows a certificate's category and level digits only when asked (DECISION)", () => {
    expect(maskResidentId("11010519491231002X42", { certificateDetails: "show" })).toBe(
      "110105**********2X42",
    );
    expect(maskResidentId("11010519491231002X42", { certificateDetails: "hide" })).toBe(
      "110105**********2X**",
    );
  });

  it("gives an empty string for a non-string rather than throwing", () => {
    expect(maskResidentId(undefined as unknown as string)).toBe("");
  });

  it("never returns an 8-character-or-longer input unmasked, and keeps its length", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8 }).filter((s) => s.trim() === s && s.length > 0),
        (text) => {
          const masked = maskResidentId(text);
          expect(masked).not.toBe(text);
          expect(Array.from(masked)).toHaveLength(Array.from(text).length);
        },
      ),
    );
  });

  it("hides the birth date and sequence of every 15-, 18- or 20-character ID", () => {
    const id = fc.oneof(
      fc.stringMatching(/^\d{15}$/),
      fc.stringMatching(/^\d{17}[\dX]$/),
      fc.stringMatching(/^\d{17}[\dX]\d{2}$/),
    );
    fc.assert(
      fc.property(id, (text) => {
        expect(maskResidentId(text).slice(6, 13)).toBe("*******");
      }),
    );
  });
});

describe("maskIdsInText", () => {
  it.each([
    ["第3行：身份证11010519491231002X校验码错误", "第3行：身份证110105**********2X校验码错误"],
    ["row 3: id=11010519491231002x, ok", "row 3: id=110105**********2X, ok"],
    [
      "cert 11010519491231002X42 and 110105491231002",
      "cert 110105**********2X** and 110105*******02",
    ],
    [
      "a 19-digit run 1101051949123100234 is masked too",
      "a 19-digit run 11***************** is masked too",
    ],
    [
      "county 441481, month 2017-03, 12345678901234 stays",
      "county 441481, month 2017-03, 12345678901234 stays",
    ],
  ])("masks the IDs in %j", (text, masked) => {
    expect(maskIdsInText(text)).toBe(masked);
  });

  it("leaves no run of 15 or more digits in any text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^\d{10,25}$/), fc.string())), (parts) => {
        expect(maskIdsInText(parts.join(""))).not.toMatch(/\d{15}/);
      }),
    );
  });
});
