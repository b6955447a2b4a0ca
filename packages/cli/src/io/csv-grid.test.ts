import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sniffDelimiter } from "./csv-grid.js";

// The guess as first written (split the first five lines, count each candidate), kept here as
// the reference for the one-pass count.
function sniffBySplitting(text: string): string {
  const head = text.split(/\r?\n/, 5).join("\n");
  const count = (c: string) => head.split(c).length - 1;
  return [",", "\t", ";"].reduce((best, c) => (count(c) > count(best) ? c : best), ",");
}

describe("sniffDelimiter", () => {
  it.each([
    ["a,b\n1,2", ","],
    ["a\tb\tc\n1\t2\t3", "\t"],
    ["a;b;c\r\n1;2;3", ";"],
    ["a;b\tc,d", ","],
    ["", ","],
    ["x\nx\nx\nx\nx\na;b;c;d", ","],
  ])("guesses the delimiter of %j as %j", (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it("counts the first five lines as splitting them does", () => {
    const piece = fc.constantFrom(",", "\t", ";", "\n", "\r\n", "\r", "a", "报", '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        expect(sniffDelimiter(text)).toBe(sniffBySplitting(text));
      }),
      { numRuns: 2000 },
    );
  });
});
