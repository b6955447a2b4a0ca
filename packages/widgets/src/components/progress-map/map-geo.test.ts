import { describe, expect, it } from "vitest";
import { makeFeed } from "../../../test/make-feed.js";
import { projectShapes } from "../../layout/geo-shapes.js";
import { type GeoLoad, geoFailureTexts } from "./geo-loader.js";
import { tileDrawing } from "./map-drawing.js";
import { approvalText, geoDrawing, geoNote } from "./map-geo.js";
import { progressMapModel } from "./map-model.js";

// SYNTHETIC feed (test/make-feed.ts) and shapes (unit squares near Guangdong).
const model = progressMapModel(makeFeed(), { level: "county", indicator: "youths-covered" }, "en");
const square = (x: number) =>
  [
    [
      [
        [110 + x, 22],
        [111 + x, 22],
        [111 + x, 23],
        [110 + x, 23],
        [110 + x, 22],
      ],
    ],
  ] as const;
const ready = (codes: readonly string[]): Extract<GeoLoad, { state: "ready" }> => ({
  state: "ready",
  shapes: new Map(codes.map((code, i) => [code, square(i)])),
  project: projectShapes,
});

describe("geoDrawing", () => {
  it("places one shape per region the file has and counts the others as missing", () => {
    const drawing = geoDrawing(model, ready(["441422", "441426", "999999"]), "mercator");
    expect(drawing?.mode).toBe("geo");
    expect(drawing?.placed.map((p) => p.region.code).sort()).toEqual(["441422", "441426"]);
    expect(drawing?.missing).toBe(122);
  });

  it("has no drawing for a file without regions of the map's level", () => {
    expect(geoDrawing(model, ready(["999999"]), "mercator")).toBeUndefined();
  });
});

describe("geoNote", () => {
  const timeout: GeoLoad = { state: "error", reason: "timeout", message: geoFailureTexts.timeout };
  it.each([
    [timeout, tileDrawing(model), "the boundary file took too long to load: showing the tile map."],
    [
      ready(["999999"]),
      tileDrawing(model),
      "The boundary file has no regions of this level: showing the tile map.",
    ],
  ] as const)("says why boundaries are not drawn (%#)", (load, drawing, text) => {
    expect(geoNote({ load, drawing }, "en")).toBe(text);
  });

  it("counts the regions without a shape, and says nothing when every region has one", () => {
    const load = ready(["441422"]);
    const drawing = geoDrawing(model, load, "mercator");
    expect(drawing && geoNote({ load, drawing }, "zh-CN")).toBe(
      "123 个地区在边界文件中没有形状，见数据表。",
    );
    expect(drawing && geoNote({ load, drawing: { ...drawing, missing: 0 } }, "en")).toBeUndefined();
  });
});

describe("approvalText", () => {
  it.each([
    ["zh-CN", "审图号：粤S(2099)000号；边界由合作方提供"],
    ["en", "Map approval No. (审图号): 粤S(2099)000号; boundaries supplied by the partner"],
  ] as const)("shows the approval number (%s)", (locale, text) => {
    expect(approvalText("粤S(2099)000号", locale)).toBe(text);
  });
});
