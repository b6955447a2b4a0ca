import { describe, expect, it } from "vitest";
import { HeaderMemo } from "./header-memo.js";

describe("HeaderMemo", () => {
  it("gives back what was remembered for the same texts, and nothing for others", () => {
    const memo = new HeaderMemo<string>();
    memo.set([["县区 county", "服务人数"], ["\n"]], "mapped");
    expect(memo.get([["县区 county", "服务人数"], ["\n"]])).toBe("mapped");
    expect(memo.get([["县区 county"], ["服务人数", "\n"]])).toBeUndefined();
    expect(memo.get([])).toBeUndefined();
  });

  it("starts afresh once it holds its capacity, so odd files cannot grow it", () => {
    const memo = new HeaderMemo<number>(2);
    memo.set(["a"], 1);
    memo.set(["b"], 2);
    memo.set(["c"], 3);
    expect([memo.get(["a"]), memo.get(["b"]), memo.get(["c"])]).toEqual([undefined, undefined, 3]);
  });
});
