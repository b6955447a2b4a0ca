import { afterEach, describe, expect, it } from "vitest";
import { exportSvg } from "./svg-export.js";

// A chart in a shadow root whose look comes only from its stylesheet (SYNTHETIC labels).
function chartInShadow(css: string, markup: string): SVGSVGElement {
  const host = document.createElement("div");
  document.body.append(host);
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `<style>${css}</style><svg width="200" height="100" viewBox="0 0 200 100">${markup}</svg>`;
  return root.querySelector("svg") as SVGSVGElement;
}

const exported = (chart: SVGSVGElement) =>
  new DOMParser().parseFromString(
    exportSvg(chart, { title: "Synthetic", footer: ["Synthetic sample data"] }).text,
    "image/svg+xml",
  );

afterEach(() => document.body.replaceChildren());

describe("exportSvg", () => {
  it("keeps a label's halo under its letters (paint-order) and resolves themed colours", () => {
    const chart = chartInShadow(
      ":host { --label: rgb(1, 2, 3); } text { fill: var(--label); stroke: white; stroke-width: 3px; paint-order: stroke; }",
      '<text x="10" y="50">梅州</text>',
    );
    const label = exported(chart).querySelector("svg svg text");
    const style = label?.getAttribute("style") ?? "";
    expect(style).toContain("paint-order:stroke");
    expect(style).toContain("fill:rgb(1, 2, 3)");
    expect(label?.hasAttribute("class")).toBe(false);
  });

  it("draws the title above and the provenance below, escaped as text", () => {
    const chart = chartInShadow("", '<rect width="10" height="10" />');
    const file = exportSvg(chart, { title: "<b>标题</b>", footer: ["来源 & 说明"] }).text;
    const doc = new DOMParser().parseFromString(file, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const texts = [...doc.querySelectorAll(":root > g > text")].map((t) => t.textContent);
    expect(texts).toEqual(["<b>标题</b>", "来源 & 说明"]);
  });
});
