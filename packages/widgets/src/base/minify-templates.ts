// Build-time only: tsup.config.ts applies these to the static text of every css`` and html``/svg``
// template before esbuild compiles a file; never part of the published package (excluded from
// the build's entries). Each function takes the raw text between two `${…}` of a template.
// minifyHtml keeps every line break, so the source maps of the code after a template stay
// right. minifyCss drops them (DECISION: about 0.1 KB gzip off every element): css`` templates
// live only in *.styles.ts files, where no code follows a stylesheet whose lines could shift.

/** Whitespace, keeping only its line breaks. */
const lineBreaks = (space: string) => space.replace(/[^\n]/g, "");

/**
 * Removes what CSS does not need from a piece of a css`` template: comments, line breaks,
 * indentation, the spaces around `{` `}` `;` `,`, after `:` and `(`, before `)` and `!important`
 * (never before `:`, which would turn `.chart :focus` into `.chart:focus`), and the zero before
 * a decimal point (`0.5em` is `.5em`). Other whitespace becomes one space; quoted strings are
 * kept as they are.
 *
 * @example
 * minifyCss("\n  :host {\n    color: red;\n  }\n") //=> " :host{color:red}" (a leading space stays: a `${…}` may end there)
 * minifyCss(".a :hover, .b { font-family: \"Segoe UI\" }") //=> ".a :hover,.b{font-family:\"Segoe UI\"}"
 * minifyCss("a { margin: 0.25em !important }") //=> "a{margin:.25em!important}"
 */
export function minifyCss(raw: string): string {
  const tokens =
    raw.match(/"[^"]*"?|'[^']*'?|\/\*(?:[\s\S]*?\*\/|[\s\S]*)|\s+|[{};,:]|[^"'\s/{};,:]+|\//g) ??
    [];
  // A piece that ends inside a string or a comment (split by a `${…}`) is left alone.
  const unfinished = (t: string) =>
    /^["']/.test(t) ? t.length < 2 || t.at(-1) !== t[0] : t.startsWith("/*") && !t.endsWith("*/");
  if (tokens.some(unfinished)) return raw;
  const significant = (t: string) => !/^\s/.test(t) && !t.startsWith("/*");
  let out = "";
  tokens.forEach((token, i) => {
    if (significant(token)) {
      // The last declaration of a block needs no `;`.
      out = token === "}" ? out.replace(/;$/, "") : out;
      // `0.5` is `.5` (not in `10.5`, `-0.5` or a name such as `a0.5`).
      out += /^["']/.test(token) ? token : token.replace(/(^|[^\w.-])0\.(?=\d)/g, "$1.");
      return;
    }
    if (token.startsWith("/*")) return;
    const before = out.at(-1) ?? "";
    const after = tokens.slice(i + 1).find(significant) ?? "";
    const removable =
      (before !== "" && "{};,:(".includes(before)) ||
      ["{", "}", ";", ","].includes(after) ||
      /^[)!]/.test(after);
    out += removable ? "" : " ";
  });
  return out;
}

/**
 * Removes indentation from a piece of an html`` or svg`` template: whitespace that holds a line
 * break becomes just the line break(s). The browser renders the result identically (outside
 * `<pre>`, `<textarea>` and `white-space: pre`, which the elements do not use): a line break
 * is whitespace like any other.
 *
 * @example
 * minifyHtml("<p>\n    ${x}\n  </p>") //=> "<p>\n${x}\n</p>"
 */
export function minifyHtml(raw: string): string {
  return raw.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, lineBreaks);
}
