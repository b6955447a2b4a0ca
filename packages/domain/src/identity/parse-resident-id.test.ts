import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCheckCharacter } from "./check-character.js";
import { parseResidentId } from "./parse-resident-id.js";

// All IDs here are synthetic: made-up sequence numbers, check characters computed.
const syntheticId = (first17: string) => first17 + computeCheckCharacter(first17);
const asOf = "2017-01-01";

const codes = (text: unknown, options = {}) => {
  const r = parseResidentId(text, { asOf, ...options });
  return r.ok ? [] : r.errors.map((e) => e.code);
};

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), by UTC arithmetic: host-independent. */
const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

const region = fc.stringMatching(/^\d{6}$/);
const sequence = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0"));
const birthDay = (from: string, to: string) =>
  fc.integer({ min: dayOf(from), max: dayOf(to) }).map(isoDay);
const validBody = fc
  .tuple(region, birthDay("1900-01-01", asOf), sequence)
  .map(([r, b, s]) => `${r}${b.replaceAll("-", "")}${s}`);

describe("parseResidentId", () => {
  it.each([
    [
      "11010519491231002X",
      { id: "11010519491231002X", birthDate: "1949-12-31", sex: "female", legacy: false },
    ],
    ["  11010519491231002x\n", { id: "11010519491231002X", birthDate: "1949-12-31" }],
    ["441481200503010016", { regionCode: "441481", birthDate: "2005-03-01", sex: "male" }],
    ["44188220000229002X", { birthDate: "2000-02-29", sex: "female" }],
    [
      "110105491231002",
      { id: "11010519491231002X", birthDate: "1949-12-31", sex: "female", legacy: true },
    ],
    ["440104800101123", { id: "440104198001011238", sex: "male", legacy: true }],
  ])("parses the synthetic ID %j", (text, expected) => {
    const r = parseResidentId(text, { asOf });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(expected);
  });

  it.each([
    [undefined, "resident-id-not-text"],
    [null, "resident-id-not-text"],
    [110105194912310020, "resident-id-not-text"],
    [{ id: "11010519491231002X" }, "resident-id-not-text"],
    ["", "resident-id-bad-format"],
    ["11010519491231002", "resident-id-bad-format"],
    ["11010519491231002XX", "resident-id-bad-format"],
    ["1101051949123100X2", "resident-id-bad-format"],
    ["110105 19491231002X", "resident-id-bad-format"],
    ["１１０１０５１９４９１２３１００２Ｘ", "resident-id-bad-format"],
    ["110105194912310021", "resident-id-bad-check-character"],
    [syntheticId("44010419990231001"), "resident-id-impossible-birth-date"],
    [syntheticId("44010419991301001"), "resident-id-impossible-birth-date"],
    [syntheticId("44010419990000001"), "resident-id-impossible-birth-date"],
    [syntheticId("44010420170102001"), "resident-id-birth-date-in-future"],
    ["440104990231001", "resident-id-impossible-birth-date"],
  ])("rejects %j with %s", (text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it("reports every problem at once: an impossible birth date and a wrong check character", () => {
    const first17 = "44010419990231001";
    const wrong = computeCheckCharacter(first17) === "1" ? "2" : "1";
    expect(codes(first17 + wrong)).toEqual([
      "resident-id-bad-check-character",
      "resident-id-impossible-birth-date",
    ]);
  });

  it("accepts a birth on the reference day and rejects one the day after", () => {
    expect(codes(syntheticId("44010420170101001"))).toEqual([]);
    expect(codes(syntheticId("44010420170102001"))).toEqual(["resident-id-birth-date-in-future"]);
  });

  it("compares with asOf as a Beijing calendar day, whatever the host's time zone", () => {
    const bornNewYear = syntheticId("44010420170101001");
    // 16:00 UTC on 31 December is already midnight of 1 January in Beijing.
    expect(codes(bornNewYear, { asOf: new Date("2016-12-31T16:00:00Z") })).toEqual([]);
    expect(codes(bornNewYear, { asOf: new Date("2016-12-31T15:59:59Z") })).toEqual([
      "resident-id-birth-date-in-future",
    ]);
  });

  it("rejects legacy 15-digit IDs when allowLegacy is false", () => {
    expect(codes("110105491231002", { allowLegacy: false })).toEqual([
      "resident-id-legacy-not-allowed",
    ]);
    expect(codes("11010519491231002X", { allowLegacy: false })).toEqual([]);
  });

  it("throws RangeError only for an invalid asOf option", () => {
    expect(() => parseResidentId("11010519491231002X", { asOf: "2017-02-30" })).toThrow(RangeError);
    expect(() => parseResidentId("11010519491231002X", { asOf: new Date("x") })).toThrow(
      RangeError,
    );
  });

  it("defaults asOf to today, so a birth in the year 2999 is in the future", () => {
    expect(codes(syntheticId("44010429990101001"), { asOf: undefined })).toEqual([
      "resident-id-birth-date-in-future",
    ]);
  });

  it("every valid 17-digit body with its computed check character parses and round-trips", () => {
    fc.assert(
      fc.property(validBody, fc.boolean(), (body, lower) => {
        const id = syntheticId(body);
        const r = parseResidentId(lower ? id.toLowerCase() : id, { asOf });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.id).toBe(id);
        expect(r.value.regionCode).toBe(body.slice(0, 6));
        expect(r.value.birthDate.replaceAll("-", "")).toBe(body.slice(6, 14));
        expect(r.value.sex).toBe(Number(body[16]) % 2 === 1 ? "male" : "female");
        expect(r.value.legacy).toBe(false);
      }),
    );
  });

  it("changing any single character of a valid ID makes it fail its check character", () => {
    const alphabet = "0123456789X";
    fc.assert(
      fc.property(
        validBody,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (body, position, shift) => {
          const id = syntheticId(body);
          const options = position === 17 ? alphabet : alphabet.slice(0, 10);
          const current = options.indexOf(id[position] ?? "");
          const replacement = options[(current + shift) % options.length] ?? "";
          if (replacement === id[position]) return; // shift of 10 among 10 digits: no change
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(codes(changed)).toContain("resident-id-bad-check-character");
        },
      ),
    );
  });

  it("converting a legacy 15-digit ID to 18 keeps its region, birth date and sex", () => {
    fc.assert(
      fc.property(region, birthDay("1900-01-01", "1999-12-31"), sequence, (r, birth, s) => {
        const legacy = `${r}${birth.slice(2).replaceAll("-", "")}${s}`;
        const parsed = parseResidentId(legacy, { asOf });
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toMatchObject({ regionCode: r, birthDate: birth, legacy: true });
        expect(parsed.value.sex).toBe(Number(s) % 2 === 1 ? "male" : "female");
        const again = parseResidentId(parsed.value.id, { asOf });
        expect(again.ok && { ...again.value, legacy: true }).toEqual(parsed.value);
      }),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof parseResidentId(input, { asOf }).ok).toBe("boolean");
      }),
    );
  });

  it("quotes a malformed input masked, and not at all when it is too long to be an ID", () => {
    const short = parseResidentId("1101051949123100", { asOf });
    expect(!short.ok && short.errors[0]?.message.en).toContain("11**************");
    const long = parseResidentId("1".repeat(1000), { asOf });
    expect(!long.ok && long.errors[0]?.message.en).not.toContain("1111");
  });

  it("never quotes an ID in full in its messages", () => {
    const idLike = fc.oneof(
      fc.stringMatching(/^\d{17}[\dXx]$/),
      fc.stringMatching(/^\d{15}$/),
      fc.stringMatching(/^\d{16,24}$/),
    );
    fc.assert(
      fc.property(idLike, (text) => {
        const r = parseResidentId(text, { asOf });
        if (r.ok) return;
        for (const e of r.errors) {
          const messages = `${e.message["zh-CN"]} ${e.message.en}`;
          expect(messages).not.toContain(text.slice(6, 14));
          expect(messages).not.toMatch(/\d{7}/);
        }
      }),
    );
  });
});
