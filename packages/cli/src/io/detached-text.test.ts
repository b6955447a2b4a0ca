import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { detachedText } from "./detached-text.js";

// Bytes of heap still used after `cutPieces` has cut 200 pieces of 40 characters from a
// synthetic 16 MB text and only the pieces are kept.
function heapKeptByPieces(cut: (large: string, at: number) => string): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const pieces = ((): string[] => {
    const large = `${"数据".repeat(4 * 1024 * 1024)}${Math.random()}`;
    return Array.from({ length: 200 }, (_, i) => cut(large, i * 100));
  })();
  gc();
  const after = process.memoryUsage().heapUsed;
  expect(pieces.every((p) => p === "数据".repeat(20))).toBe(true);
  return after - before;
}

describe("detachedText", () => {
  it.each([
    ["", ""],
    ["梅江区", "梅江区"],
    ["示例数据（合成） · synthetic organisation", "示例数据（合成） · synthetic organisation"],
    [" leading and trailing spaces kept ", " leading and trailing spaces kept "],
    ["😀 astral characters 😀 in a longer text", "😀 astral characters 😀 in a longer text"],
  ])("gives the same text for %j", (text, expected) => {
    expect(detachedText(text)).toBe(expected);
  });

  it("lets the large text a piece was cut from be collected", () => {
    expect(heapKeptByPieces((large, at) => detachedText(large.slice(at, at + 40)))).toBeLessThan(
      2 * 1024 * 1024,
    );
  });

  it("is needed: a piece cut without it keeps the whole text (the control)", () => {
    expect(heapKeptByPieces((large, at) => large.slice(at, at + 40))).toBeGreaterThan(
      8 * 1024 * 1024,
    );
  });
});
