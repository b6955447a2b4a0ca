import { progressStatuses } from "@zhucan/domain";
import { render } from "lit";
import { describe, expect, it } from "vitest";
import {
  statusLooks,
  statusOrder,
  statusPatternDefs,
  statusPatternId,
  statusText,
} from "./status.js";

describe("statusOrder", () => {
  it("lists every progress status of the feed, in the feed's order", () => {
    expect(statusOrder).toEqual(progressStatuses);
  });
});

describe("statusPatternDefs", () => {
  it("defines one fill pattern per status, with the status's colour", () => {
    const host = document.createElement("div");
    render(statusPatternDefs("t"), host);
    const ids = [...host.querySelectorAll("pattern")].map((p) => p.id);
    expect(ids).toEqual(progressStatuses.map((s) => statusPatternId(s, "t")));
    const fill = host.querySelector(`#${statusPatternId("off-track", "t")} rect`);
    expect(fill?.getAttribute("style")).toBe(`fill:${statusLooks["off-track"].color}`);
  });
});

describe("statusText", () => {
  it.each([
    ["achieved", "en", "✓ Achieved"],
    ["needs-acceleration", "zh-CN", "▲ 需加快进度"],
    ["no-data", "en", "? No data"],
  ] as const)("reads %s in %s as %s", (status, locale, text) => {
    expect(statusText(status, locale)).toBe(text);
  });
});
