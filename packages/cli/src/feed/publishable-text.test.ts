import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publishableText } from "./publishable-text.js";

// Synthetic ID numbers and names only (valid-looking shapes, no real person).
describe("publishableText", () => {
  it.each([
    { text: "身份证11010519491231002X重复", out: "身份证[已删除 removed]重复" },
    { text: "残疾证 11010519491231002X42 已核", out: "残疾证 [已删除 removed] 已核" },
    { text: "旧证 110105491231002", out: "旧证 [已删除 removed]" },
    { text: "电话13800138000", out: "电话[已删除 removed]" },
    {
      text: "电话 138-0013-8000，卡号6222020200112233445",
      out: "电话 [已删除 removed]，卡号[已删除 removed]",
    },
    { text: "2017年3月核减2人", out: "2017年3月核减2人" },
    { text: "  两个   空格\n换行 ", out: "两个 空格 换行" },
  ])("$text", ({ text, out }) => {
    expect(publishableText(text, 500)).toBe(out);
  });

  it("removes the given private strings (the reports' filledBy names and contacts)", () => {
    expect(publishableText("王小明核减2人", 500, { privateStrings: ["王小明"] })).toBe(
      "[已删除 removed]核减2人",
    );
  });

  it("cuts to the length limit in characters, not UTF-16 units", () => {
    expect(publishableText("更正原因😀😀", 5)).toBe("更正原因😀");
  });

  it("leaves no run of 15 or more digits and no part of an injected ID (property)", () => {
    const id = fc
      .tuple(
        fc.stringMatching(/^\d{17}$/),
        fc.constantFrom("0", "5", "X", "x"),
        fc.stringMatching(/^(\d{2})?$/),
      )
      .map(([a, b, c]) => `${a}${b}${c}`);
    fc.assert(
      fc.property(fc.string(), id, fc.string(), (before, secret, after) => {
        const out = publishableText(`${before}${secret}${after}`, 10_000);
        expect(out).not.toMatch(/\d{15,}/);
        expect(out).not.toContain(`${secret.slice(0, 6)}*`);
        expect(out).not.toContain(secret);
      }),
    );
  });
});
