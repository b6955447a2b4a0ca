import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  builtInNumberFormats,
  decodeEntitiesAgain,
  excelSerialDate,
  isDateFormat,
  unescapeRunText,
} from "./excel-values.js";

// The rules restated from exceljs 4.4, checked against exceljs's own functions.
const require = createRequire(import.meta.url);
const exceljsUtils = require("exceljs/lib/utils/utils.js") as {
  isDateFmt(format: string | undefined): boolean;
  excelToDate(serial: number, date1904?: boolean): Date;
  xmlDecode(text: string): string;
};
const exceljsFormats = require("exceljs/lib/xlsx/defaultnumformats.js") as Record<
  string,
  { f?: string }
>;

describe("excel-values restates exceljs's value rules", () => {
  it("builtInNumberFormats are the formats exceljs knows by id", () => {
    const known = Object.fromEntries(
      Object.entries(exceljsFormats)
        .filter(([, f]) => f.f !== undefined)
        .map(([id, f]) => [id, f.f]),
    );
    expect(builtInNumberFormats).toEqual(known);
  });

  const formatText = fc.string({
    unit: fc.constantFrom(...'ymdhMsbAP0#.,;@"[]$-/: 年月日时分秒gGeE'.split("")),
    maxLength: 16,
  });

  it("isDateFormat decides as exceljs's isDateFmt", () => {
    fc.assert(
      fc.property(fc.option(formatText, { nil: undefined }), (format) => {
        expect(isDateFormat(format)).toBe(exceljsUtils.isDateFmt(format));
      }),
      { numRuns: 2000 },
    );
  });

  it("excelSerialDate gives exceljs's excelToDate", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 3e6, noNaN: true }),
        fc.boolean(),
        (serial, d1904) => {
          expect(excelSerialDate(serial, d1904).getTime()).toBe(
            exceljsUtils.excelToDate(serial, d1904).getTime(),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("decodeEntitiesAgain gives exceljs's xmlDecode", () => {
    const text = fc.string({
      unit: fc.constantFrom(
        "&",
        ";",
        "a",
        "l",
        "t",
        "g",
        "m",
        "p",
        "o",
        "s",
        "q",
        "u",
        "#",
        "1",
        " ",
      ),
      maxLength: 24,
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(decodeEntitiesAgain(t)).toBe(exceljsUtils.xmlDecode(t));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["a_x000A_b", "a\nb"],
    ["_x4E2D_", "中"],
    ["_x004a_", "_x004a_"],
    ["plain", "plain"],
  ])("unescapeRunText(%j) is %j, as exceljs's text reader", (escaped, text) => {
    expect(unescapeRunText(escaped)).toBe(text);
  });
});
