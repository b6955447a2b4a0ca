import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simpleCsvRecords } from "./simple-csv-records.js";

// csv-parse with the options csvGrid gives it: the reference the fast path must match.
const reference = (text: string, delimiter: string): string[][] =>
  parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });

// Synthetic texts only: a small alphabet with every character that means something to CSV.
const piece = fc.constantFrom(
  "a",
  "7",
  " ",
  "中",
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\n",
  "\r\n",
  "\r",
  "=SUM(C1:C2)",
);

// Well-formed CSV (fields quoted at random, quotes doubled inside), with one line ending.
const wellFormed = fc
  .record({
    rows: fc.array(
      fc.array(
        fc.record({ text: fc.stringMatching(/^[a7 中,;\t"\n]{0,6}$/), quoted: fc.boolean() }),
        { minLength: 1, maxLength: 5 },
      ),
      { maxLength: 6 },
    ),
    delimiter: fc.constantFrom(",", ";", "\t"),
    eol: fc.constantFrom("\n", "\r\n"),
    finalEol: fc.boolean(),
  })
  .map(({ rows, delimiter, eol, finalEol }) => {
    const field = ({ text, quoted }: { text: string; quoted: boolean }) => {
      const inside = eol === "\r\n" ? text.replaceAll("\n", "\r\n") : text;
      const needsQuotes = /[,;\t"\r\n]/.test(inside) || quoted;
      return needsQuotes ? `"${inside.replaceAll('"', '""')}"` : inside;
    };
    const text = rows.map((r) => r.map(field).join(delimiter)).join(eol);
    return { text: finalEol && text !== "" ? text + eol : text, delimiter };
  });

describe("simpleCsvRecords", () => {
  it.each([
    { text: "", expected: [] },
    { text: "\n", expected: [[""]] },
    { text: "a\n\nb", expected: [["a"], [""], ["b"]] },
    { text: "a,\n", expected: [["a", ""]] },
    { text: ",", expected: [["", ""]] },
    { text: '"a\nb",c\nd', expected: [["a\nb", "c"], ["d"]] },
    { text: '"a""b",""', expected: [['a"b', ""]] },
    { text: "a\r\n\r\nb\r\n", expected: [["a"], [""], ["b"]] },
    { text: '"a\r\nb"\r\nc', expected: [["a\r\nb"], ["c"]] },
  ])("reads $text as csv-parse does", ({ text, expected }) => {
    expect(simpleCsvRecords(text, ",")).toEqual(expected);
    expect(reference(text, ",")).toEqual(expected);
  });

  it.each([
    { why: "a quote inside an unquoted field", text: 'a"b' },
    { why: "text after a closing quote", text: '"a"b' },
    { why: "a space before an opening quote", text: ' "a"' },
    { why: "an unclosed quote", text: '"a\nb' },
    { why: "mixed line ends", text: "a\nb\r\nc" },
    { why: "a bare carriage return", text: "a\rb" },
    { why: "a byte-order mark", text: "\uFEFFa,b" },
  ])("leaves $why to csv-parse", ({ text }) => {
    expect(simpleCsvRecords(text, ",")).toBeUndefined();
  });

  it("reads every well-formed text, exactly as csv-parse does (property)", () => {
    fc.assert(
      fc.property(wellFormed, ({ text, delimiter }) => {
        const fast = simpleCsvRecords(text, delimiter);
        expect(fast).toBeDefined();
        expect(fast).toEqual(reference(text, delimiter));
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with csv-parse on any text it accepts, and accepts none csv-parse refuses (property)", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }).map((p) => p.join("")),
        fc.constantFrom(",", ";", "\t"),
        (text, delimiter) => {
          const fast = simpleCsvRecords(text, delimiter);
          if (fast === undefined) return;
          expect(fast).toEqual(reference(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
