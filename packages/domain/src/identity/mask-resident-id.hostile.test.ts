// ID numbers as people really type them into free text (correction reasons, notes, names in the
// wrong column): full-width digits and grouped digits are masked like plain ones. Synthetic IDs
// only (GB 11643's published example and generated numbers).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCheckCharacter } from "./check-character.js";
import { maskIdsInText } from "./mask-resident-id.js";

const fullWidth = (text: string) =>
  text.replace(/[0-9Xx]/g, (c) => String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0));

const syntheticId = fc
  .tuple(
    fc.stringMatching(/^44\d{4}$/),
    fc.integer({ min: 0, max: 40 * 365 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, day, seq]) => {
    const birth = new Date(Date.UTC(1976, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const first17 = `${region}${birth.replaceAll("-", "")}${String(seq).padStart(3, "0")}`;
    return first17 + computeCheckCharacter(first17);
  });

describe("maskIdsInText on IDs as typed by people", () => {
  it.each([
    ["身份证１１０１０５１９４９１２３１００２Ｘ号", "身份证110105**********2X号"],
    ["证号１１０１０５１９４９１２３１００２ｘ４２", "证号110105**********2X**"],
    ["核减 110105 19491231 002X 重复", "核减 110105**********2X 重复"],
    ["核减 110105-19491231-002X。", "核减 110105**********2X。"],
    ["旧证１１０１０５４９１２３１００２", "旧证110105*******02"],
    [
      "county 441481, month 2017-03, 12345678901234 stays",
      "county 441481, month 2017-03, 12345678901234 stays",
    ],
    ["第３行，共１２人", "第３行，共１２人"],
  ])("masks %j", (text, masked) => {
    expect(maskIdsInText(text)).toBe(masked);
  });

  it("leaves no birth date and sequence of any ID, however written, in any text", () => {
    fc.assert(
      fc.property(
        syntheticId,
        fc.constantFrom("plain", "lower", "full-width", "spaced", "hyphenated"),
        fc.string(),
        fc.string(),
        (id, form, before, after) => {
          const written = {
            plain: id,
            lower: id.toLowerCase(),
            "full-width": fullWidth(id),
            spaced: `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`,
            hyphenated: `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`,
          }[form];
          // Text around the ID that is not itself a digit (which would make it another number).
          const pad = (s: string) => s.replace(/[\d０-９ -]/g, "");
          const masked = maskIdsInText(`${pad(before)}${written}${pad(after)}`);
          expect(masked).not.toContain(id.slice(6, 14));
          expect(masked).not.toContain(fullWidth(id).slice(6, 14));
        },
      ),
      { numRuns: 500 },
    );
  });
});
