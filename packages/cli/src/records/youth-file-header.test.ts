import { describe, expect, it } from "vitest";
import { parseNeeds, readYesNo, youthFileColumns } from "./youth-file-header.js";

const row = (...texts: string[]) => texts.map((value) => ({ value }));

describe("youthFileColumns", () => {
  it("finds the columns by their Chinese headers", () => {
    expect(
      youthFileColumns(
        row("姓名", "身份证号", "残疾人证号", "县区代码", "村代码", "建档立卡贫困户", "需求"),
      ),
    ).toEqual({
      fields: {
        name: 1,
        residentId: 2,
        disabilityCertificate: 3,
        county: 4,
        village: 5,
        registeredPoor: 6,
        needs: 7,
      },
      needColumns: {},
    });
  });

  it("accepts English headers, both languages, aliases and per-need columns", () => {
    expect(
      youthFileColumns(
        row(
          "Name",
          "身份证号码（resident ID）",
          "county code",
          "是否建档立卡贫困户",
          "康复治疗",
          "education support",
        ),
      ),
    ).toEqual({
      fields: { name: 1, residentId: 2, county: 3, registeredPoor: 4 },
      needColumns: { rehabilitation: 5, "education-support": 6 },
    });
  });

  it("is undefined for a title row", () => {
    expect(youthFileColumns(row("合成数据 synthetic — 一对一服务档案"))).toBeUndefined();
  });
});

describe("parseNeeds", () => {
  it.each([
    ["康复治疗、支教助学", ["education-support", "rehabilitation"], 0],
    ["就业扶贫,技能培训；社会融入", ["employment", "skills-training", "social-integration"], 0],
    ["rehabilitation / employment", ["employment", "rehabilitation"], 0],
    ["康复治疗、住房", ["rehabilitation"], 1],
    ["", [], 0],
  ])("reads %j", (text, needs, unknown) => {
    expect(parseNeeds(text)).toEqual({ needs, unknown });
  });
});

describe("readYesNo", () => {
  it.each([
    ["是", true],
    ["Y", true],
    ["√", true],
    [true, true],
    ["否", false],
    ["no", false],
    ["0", false],
    ["", undefined],
    ["也许", null],
  ] as const)("reads %j as %j", (value, expected) => {
    expect(readYesNo({ value })).toBe(expected);
  });
});
