import { Marked, type Tokens } from "marked";
import { escapeHtml } from "../src/common/escape.js";

/** Where a Markdown link to another Markdown file goes on the site (by file name), if anywhere. */
export type DocLinkMap = (fileName: string) => string | undefined;

/**
 * A heading anchor as GitHub makes it, so that the docs' own `#links` keep working on the site:
 * lower case, punctuation dropped, spaces to hyphens, repeats numbered.
 *
 * @example
 * headingSlugger()('9. "More than half" of the counties') //=> "9-more-than-half-of-the-counties"
 */
export function headingSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]*>/g, "")
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
      .replaceAll(" ", "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"');

/**
 * Renders one of the repository's Markdown documents as the body of a site page: heading ids,
 * headings moved `shift` levels down (to sit under the page's own), links to other Markdown files mapped to their pages (or kept as text when the file is not on
 * the site), and every table in a focusable, labelled box that scrolls sideways on a 320 px
 * screen instead of widening the page.
 *
 * @example
 * renderMarkdown("# Hi\n\nSee [decisions](decisions.md).", () => "guides/decisions.html")
 * //=> '<h1 id="hi">Hi</h1>\n<p>See <a href="guides/decisions.html">decisions</a>.</p>\n'
 */
export function renderMarkdown(markdown: string, links: DocLinkMap, shift = 0): string {
  const slug = headingSlugger();
  let lastHeading = "";
  let tables = 0;
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        const id = slug(plain(inner));
        const depth = Math.min(6, token.depth + shift);
        lastHeading = id;
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
      link(token: Tokens.Link) {
        const inner = this.parser.parseInline(token.tokens);
        const href = token.href;
        if (/^(https?:|mailto:|#)/.test(href)) {
          return `<a href="${escapeHtml(href)}">${inner}</a>`;
        }
        const [path = "", hash] = href.split("#");
        const file = path.split("/").pop() ?? "";
        const target = file.endsWith(".md") ? links(file) : undefined;
        if (target === undefined) return inner;
        return `<a href="${escapeHtml(target)}${hash ? `#${escapeHtml(hash)}` : ""}">${inner}</a>`;
      },
      // Code scrolls sideways on a phone: keyboard users must be able to reach and scroll it.
      code(token: Tokens.Code) {
        const language = token.lang ? ` class="language-${escapeHtml(token.lang)}"` : "";
        return `<pre tabindex="0"><code${language}>${escapeHtml(token.text)}</code></pre>\n`;
      },
      // A checklist in a document is text to read, not a form: no unlabelled inputs.
      checkbox(token: Tokens.Checkbox) {
        return `<span aria-hidden="true">${token.checked ? "☑" : "☐"}</span> `;
      },
      table(token: Tokens.Table) {
        tables += 1;
        const id = `table-${tables}`;
        const head = token.header
          .map((cell, i) => {
            const align = token.align[i] ? ` style="text-align:${token.align[i]}"` : "";
            return `<th scope="col"${align}>${this.parser.parseInline(cell.tokens)}</th>`;
          })
          .join("");
        const rows = token.rows
          .map(
            (row) =>
              `<tr>${row
                .map((cell, i) => {
                  const align = token.align[i] ? ` style="text-align:${token.align[i]}"` : "";
                  return `<td${align}>${this.parser.parseInline(cell.tokens)}</td>`;
                })
                .join("")}</tr>`,
          )
          .join("\n");
        const label = lastHeading ? ` aria-labelledby="${lastHeading}"` : "";
        return `<div class="table-scroll" role="group" tabindex="0" id="${id}"${label}><table>\n<thead><tr>${head}</tr></thead>\n<tbody>${rows}</tbody>\n</table></div>\n`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}
