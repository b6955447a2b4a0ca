import { describe, expect, it } from "vitest";
import { niceCeiling, rampColor, sequentialScale } from "./sequential-scale.js";

describe("niceCeiling", () => {
  it.each([
    [0, 1],
    [0.4, 1],
    [1, 1],
    [1.2, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [37, 50],
    [94, 100],
    [101, 200],
    [2100, 2500],
  ])("niceCeiling(%d) is %d", (x, nice) => {
    expect(niceCeiling(x)).toBe(nice);
  });
});

describe("rampColor", () => {
  it.each([
    [0, "#000000"],
    [0.5, "#808080"],
    [1, "#ffffff"],
    [-1, "#000000"],
    [2, "#ffffff"],
  ])("at t = %d gives %s between black and white", (t, color) => {
    expect(rampColor(["#000000", "#ffffff"], t)).toBe(color);
  });

  it("passes through the middle stop", () => {
    expect(rampColor(["#000000", "#ff0000", "#ffffff"], 0.5)).toBe("#ff0000");
  });
});

describe("sequentialScale", () => {
  it("splits 0..max into five equal nice classes by default", () => {
    const scale = sequentialScale(470);
    expect(scale.classes.map((c) => [c.from, c.to])).toEqual([
      [0, 100],
      [100, 200],
      [200, 300],
      [300, 400],
      [400, 500],
    ]);
    expect(scale.classes.map((c) => c.color)).toEqual([
      "#ffffcc",
      "#a1dab4",
      "#41b6c4",
      "#2c7fb8",
      "#253494",
    ]);
  });

  it.each([
    [0, 0],
    [99, 0],
    [100, 1],
    [470, 4],
    [9999, 4],
    [-5, 0],
  ])("puts %d in class %d of the 0..470 scale", (value, index) => {
    expect(sequentialScale(470).classOf(value)).toBe(index);
  });

  it("keeps one class per unit when every value is 0", () => {
    const scale = sequentialScale(0);
    expect(scale.classes[0]).toMatchObject({ from: 0, to: 1 });
    expect(scale.classOf(0)).toBe(0);
  });

  it("samples the ramp from its lightest to its darkest colour for other class counts", () => {
    const scale = sequentialScale(30, { classes: 3 });
    expect(scale.classes.map((c) => c.color)).toEqual(["#ffffcc", "#41b6c4", "#253494"]);
    expect(scale.colorOf(25)).toBe("#253494");
  });
});
