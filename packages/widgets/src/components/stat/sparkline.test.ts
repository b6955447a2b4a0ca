import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline.js";

describe("sparkline", () => {
  it.each([
    [[0, 5, 10], ["1,19 50,10 99,1"]],
    [
      [1, undefined, 3],
      ["1,13", "99,1"],
    ],
    [[undefined, undefined], []],
    [[7], ["1,1"]],
  ])("draws %j as %j", (values, segments) => {
    expect(sparkline(values, 100, 20).segments).toEqual(segments);
  });

  it("ends at the last month with a number", () => {
    expect(sparkline([2, 4, undefined], 100, 20).last).toEqual({ x: 50, y: 1 });
  });

  it("draws all-zero series on the baseline", () => {
    expect(sparkline([0, 0], 10, 10).segments).toEqual(["1,9 9,9"]);
  });
});
