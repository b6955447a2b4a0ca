import { describe, expect, it } from "vitest";
import { frameStyles } from "../styles/frame.styles.js";
import { themeStyles } from "../styles/theme.styles.js";
import { minifyCss, minifyHtml } from "./minify-templates.js";

const lines = (text: string) => text.split("\n").length;

/**
 * The rules a stylesheet holds, as the browser reads them back. Custom property values keep
 * their source text there, so whitespace next to `,` `;` `{` `}` `(` `)` is dropped, other runs
 * made one space (never next to `:`, so a lost descendant space would show), and `0.5` read as
 * `.5` (the same number wherever the value is used).
 */
function parsedRules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText
      .replace(/\s+/g, " ")
      .replace(/ ?([,;{}()]) ?/g, "$1")
      .replace(/(^|[^\w.-])0\.(?=\d)/g, "$1."),
  );
}

describe("minifyCss", () => {
  it.each([
    [
      "indentation and spaces around braces, colons and semicolons",
      "\n  :host {\n    color: red;\n  }\n",
      " :host{color:red}",
    ],
    [
      "a descendant pseudo-class keeps its space",
      ".chart :focus { outline: 0 }",
      ".chart :focus{outline:0}",
    ],
    [
      "selector lists",
      "*,\n  *::before {\n  box-sizing: inherit;\n}",
      "*,*::before{box-sizing:inherit}",
    ],
    [
      "quoted strings are kept",
      'a { font-family: "Segoe UI",  "PingFang SC" ; }',
      'a{font-family:"Segoe UI","PingFang SC"}',
    ],
    ["comments and their line breaks go", "a { /* why\n  */ color: red }", "a{color:red}"],
    [
      "spaces inside values stay single",
      "a { margin: 0.25em  0 0; padding: calc(var(--x) * 2 - 1px) }",
      "a{margin:.25em 0 0;padding:calc(var(--x) * 2 - 1px)}",
    ],
    [
      "a zero before a decimal point goes, but not in other numbers, names or strings",
      'a { b: 0.5em 10.5em -0.5em x0.5 calc(0.5 * 2); content: "0.5" }',
      'a{b:.5em 10.5em -0.5em x0.5 calc(.5 * 2);content:"0.5"}',
    ],
    [
      "spaces inside parentheses and before !important",
      "a { font-family: var( --f, sans-serif ); color: red !important }",
      "a{font-family:var(--f,sans-serif);color:red!important}",
    ],
    [
      "media queries",
      "@media (prefers-color-scheme: dark) {\n  a { b: c }\n}",
      "@media (prefers-color-scheme:dark){a{b:c}}",
    ],
    ["a space next to an interpolation stays", " solid;\n  }", " solid}"],
    ["a piece ending inside a string is left alone", 'content: "a ', 'content: "a '],
    ["a piece ending inside a comment is left alone", "a { b: c } /* x ", "a { b: c } /* x "],
  ])("%s", (_, raw, minified) => {
    expect(minifyCss(raw)).toBe(minified);
  });

  it.each([
    ["themeStyles", themeStyles.cssText],
    ["frameStyles", frameStyles.cssText],
  ])("leaves %s meaning the same to the browser, on one line", (_, text) => {
    const minified = minifyCss(text);
    expect(minified.length).toBeLessThan(text.length * 0.9);
    expect(lines(minified)).toBe(1);
    expect(parsedRules(minified)).toEqual(parsedRules(text));
  });
});

describe("minifyHtml", () => {
  it.each([
    ["indentation after a line break", "<p>\n    a\n  </p>", "<p>\na\n</p>"],
    ["blank lines keep their count", "<p>\n\n   a</p>", "<p>\n\na</p>"],
    ["spaces within a line stay", "<b>a</b> · <b>b</b>", "<b>a</b> · <b>b</b>"],
  ])("%s", (_, raw, minified) => {
    expect(minifyHtml(raw)).toBe(minified);
  });

  it("renders a template the same after minifying", () => {
    const raw = `<figure>\n  <figcaption>  Title\n    here</figcaption>\n  <p>one <b>two</b>\n     three</p>\n</figure>`;
    const render = (markup: string) => {
      const host = document.createElement("div");
      host.innerHTML = markup;
      document.body.append(host);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (collapsed white space) is what must not change
      const text = host.innerText;
      host.remove();
      return text;
    };
    expect(render(minifyHtml(raw))).toBe(render(raw));
  });
});
