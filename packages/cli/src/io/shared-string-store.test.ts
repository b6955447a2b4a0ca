import { describe, expect, it } from "vitest";
import { SharedStringStore } from "./shared-string-store.js";

describe("SharedStringStore", () => {
  it("gives back every string by its number, across buffer growth", () => {
    const store = new SharedStringStore();
    const texts = Array.from({ length: 20_000 }, (_, i) =>
      i % 3 === 0 ? `测试者${i}（合成）` : `${i}`,
    );
    for (const t of texts) store.add(t);
    expect(store.size).toBe(texts.length);
    expect([0, 1, 4096, 19_999].map((i) => store.get(i))).toEqual(
      [0, 1, 4096, 19_999].map((i) => texts[i]),
    );
  });

  it.each([[-1], [1], [0.5]])("has nothing at %d when one string is stored", (index) => {
    const store = new SharedStringStore();
    store.add("");
    expect(store.get(0)).toBe("");
    expect(store.get(index)).toBeUndefined();
  });
});
