import { describe, expect, it } from "vitest";
import { shortRegionName } from "./short-name.js";

describe("shortRegionName", () => {
  it.each([
    ["荔湾区", "荔湾"],
    ["始兴县", "始兴"],
    ["乐昌市", "乐昌"],
    ["乳源瑶族自治县", "乳源"],
    ["连山壮族瑶族自治县", "连山"],
    ["连南瑶族自治县", "连南"],
    ["城区", "城区"],
    ["东莞市", "东莞"],
    ["广州市", "广州"],
    ["Shunde", "Shunde"],
    ["Dongguan", "Donggu."],
    ["Shunde District", "Shunde"],
    ["  Yunfu ", "Yunfu"],
  ])("shortens %s to %s", (name, short) => {
    expect(shortRegionName(name)).toBe(short);
  });

  it("cuts Latin names to the chosen length", () => {
    expect(shortRegionName("Guangzhou", { maxLatin: 9 })).toBe("Guangzhou");
    expect(shortRegionName("Guangzhou", { maxLatin: 4 })).toBe("Gua.");
  });
});
