import { describe, expect, it } from "vitest";
import { countyKindOf } from "./division-kind.js";

describe("countyKindOf", () => {
  it.each([
    ["顺德区", "district"],
    ["城区", "district"],
    ["徐闻县", "county"],
    ["乳源瑶族自治县", "autonomous-county"],
    ["连山壮族瑶族自治县", "autonomous-county"],
    ["雷州市", "county-level-city"],
    ["某某镇", undefined],
    ["", undefined],
  ])("reads %s as %s from its suffix", (name, kind) => {
    expect(countyKindOf(name)).toBe(kind);
  });
});
