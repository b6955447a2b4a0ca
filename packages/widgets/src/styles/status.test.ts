import { progressStatuses } from "@zhucan/domain";
import { render, svg } from "lit";
import { describe, expect, it } from "vitest";
import { statusOrder, statusPatternDefs, statusSwatchStyles, statusText } from "./status.js";

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
    expect(ids).toEqual([
      "t-status-achieved",
      "t-status-on-track",
      "t-status-needs-acceleration",
      "t-status-off-track",
      "t-status-no-data",
      "t-status-no-target",
    ]);
    const fill = host.querySelector("#t-status-off-track rect");
    // A presentation attribute, not a `style` attribute (which a strict CSP blocks).
    expect(fill?.getAttribute("fill")).toBe("var(--_zc-status-off-track, #d55e00)");
    expect(fill?.hasAttribute("style")).toBe(false);
    expect(fill?.getAttribute("class")).toBe("status-off-track swatch-fill");
  });
});

describe("statusSwatchStyles", () => {
  it("gives each status class its colour as --_zc-swatch, with no inline style", () => {
    const host = document.createElement("div");
    const root = host.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [statusSwatchStyles.styleSheet as CSSStyleSheet];
    root.innerHTML =
      '<span class="status-off-track" style="--_zc-status-off-track: rgb(1, 2, 3)"></span><span class="status-achieved"></span>';
    document.body.append(host);
    const [themed, plain] = [...root.querySelectorAll("span")];
    expect(
      getComputedStyle(themed as Element)
        .getPropertyValue("--_zc-swatch")
        .trim(),
    ).toBe("rgb(1, 2, 3)");
    expect(
      getComputedStyle(plain as Element)
        .getPropertyValue("--_zc-swatch")
        .trim(),
    ).toBe("#009e73");
    host.remove();
  });

  it("fills a pattern's ground with its status colour through a class", () => {
    const host = document.createElement("div");
    const root = host.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [statusSwatchStyles.styleSheet as CSSStyleSheet];
    document.body.append(host);
    render(svg`<svg>${statusPatternDefs("t")}</svg>`, root);
    const ground = root.querySelector(`#t-status-on-track rect`) as Element;
    expect(getComputedStyle(ground).fill).toBe("rgb(0, 114, 178)");
    host.remove();
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
