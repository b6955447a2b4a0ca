import { describe, expect, it } from "vitest";
import { disabilityCategories } from "./disability-categories.js";
import { disabilityLevels } from "./disability-levels.js";

describe("disability categories and levels", () => {
  it.each([
    [1, "visual", "视力残疾"],
    [2, "hearing", "听力残疾"],
    [3, "speech", "言语残疾"],
    [4, "physical", "肢体残疾"],
    [5, "intellectual", "智力残疾"],
    [6, "mental", "精神残疾"],
    [7, "multiple", "多重残疾"],
  ])("category %i is %s (%s)", (code, key, zh) => {
    expect(disabilityCategories[code - 1]).toMatchObject({ code, key, name: { "zh-CN": zh } });
  });

  it("has exactly seven categories and four levels, each named in both languages", () => {
    expect(disabilityCategories).toHaveLength(7);
    expect(disabilityLevels.map((l) => l.name["zh-CN"])).toEqual(["一级", "二级", "三级", "四级"]);
    for (const { name } of [...disabilityCategories, ...disabilityLevels]) {
      expect(name["zh-CN"]).not.toBe("");
      expect(name.en).not.toBe("");
    }
    expect(disabilityLevels[0]?.name.en).toContain("most severe");
  });
});
