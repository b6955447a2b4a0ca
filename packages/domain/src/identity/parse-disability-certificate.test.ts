import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCheckCharacter } from "./check-character.js";
import { parseDisabilityCertificate } from "./parse-disability-certificate.js";

// Synthetic numbers only: GB 11643's published example ID plus made-up category/level digits.
const holder = "11010519491231002X";
const asOf = "2017-01-01";

const problems = (text: unknown) => {
  const r = parseDisabilityCertificate(text, { asOf });
  return r.ok ? [] : r.errors.map((e) => ({ code: e.code, path: e.path }));
};

describe("parseDisabilityCertificate", () => {
  it.each([
    [1, "visual"],
    [2, "hearing"],
    [3, "speech"],
    [4, "physical"],
    [5, "intellectual"],
    [6, "mental"],
    [7, "multiple"],
  ])("reads category digit %i as %s", (category, key) => {
    const r = parseDisabilityCertificate(`${holder}${category}1`, { asOf });
    expect(r.ok && [r.value.category, r.value.categoryKey]).toEqual([category, key]);
  });

  it.each([1, 2, 3, 4])("reads level digit %i", (level) => {
    const r = parseDisabilityCertificate(`${holder}4${level}`, { asOf });
    expect(r.ok && r.value.level).toBe(level);
  });

  it("returns the holder's parsed resident ID, trimming and upper-casing the number", () => {
    const r = parseDisabilityCertificate(" 11010519491231002x42 ", { asOf });
    expect(r.ok && r.value).toEqual({
      certificate: "11010519491231002X42",
      residentId: {
        id: holder,
        regionCode: "110105",
        birthDate: "1949-12-31",
        sex: "female",
        legacy: false,
      },
      category: 4,
      categoryKey: "physical",
      level: 2,
    });
  });

  it.each([
    [undefined, [{ code: "disability-certificate-not-text", path: [] }]],
    [42, [{ code: "disability-certificate-not-text", path: [] }]],
    [holder, [{ code: "disability-certificate-bad-format", path: [] }]],
    [`${holder}4`, [{ code: "disability-certificate-bad-format", path: [] }]],
    [`${holder}421`, [{ code: "disability-certificate-bad-format", path: [] }]],
    ["110105491231002412", [{ code: "disability-certificate-bad-format", path: [] }]],
    [`${holder}A2`, [{ code: "disability-certificate-bad-format", path: [] }]],
    [`${holder}02`, [{ code: "disability-category-unknown", path: ["category"] }]],
    [`${holder}82`, [{ code: "disability-category-unknown", path: ["category"] }]],
    [`${holder}40`, [{ code: "disability-level-unknown", path: ["level"] }]],
    [`${holder}45`, [{ code: "disability-level-unknown", path: ["level"] }]],
    ["11010519491231002142", [{ code: "resident-id-bad-check-character", path: ["residentId"] }]],
    [
      "11010519491231002199",
      [
        { code: "resident-id-bad-check-character", path: ["residentId"] },
        { code: "disability-category-unknown", path: ["category"] },
        { code: "disability-level-unknown", path: ["level"] },
      ],
    ],
  ])("rejects %j", (text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it("passes on the resident ID's birth-date check against asOf", () => {
    const bornLater = `44010420170102001${computeCheckCharacter("44010420170102001")}`;
    expect(problems(`${bornLater}41`)).toEqual([
      { code: "resident-id-birth-date-in-future", path: ["residentId"] },
    ]);
  });

  it("never throws, and never quotes the number unmasked", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.stringMatching(/^\d{17}[\dX]\d{2,3}$/)), (input) => {
        const r = parseDisabilityCertificate(input, { asOf });
        if (r.ok) return;
        for (const e of r.errors) {
          expect(`${e.message["zh-CN"]} ${e.message.en}`).not.toMatch(/\d{7}/);
        }
      }),
    );
  });
});
