import { describe, expect, it } from "vitest";
import { headingSlugger, renderMarkdown } from "./markdown.js";

const links = (file: string) => (file === "decisions.md" ? "guides/decisions.html" : undefined);

describe("headingSlugger", () => {
  it.each([
    ["1. Report deadline", "1-report-deadline"],
    ['9. "More than half" of the poverty counties', "9-more-than-half-of-the-poverty-counties"],
    ["Decisions · 决定", "decisions--决定"],
  ])("makes GitHub's anchor of %j", (text, slug) => {
    expect(headingSlugger()(text)).toBe(slug);
  });

  it("numbers repeated headings", () => {
    const slug = headingSlugger();
    expect([slug("Parts"), slug("Parts")]).toEqual(["parts", "parts-1"]);
  });
});

describe("renderMarkdown", () => {
  it("maps links to Markdown files onto site pages and keeps other repository paths as text", () => {
    const html = renderMarkdown(
      "See [decisions](../decisions.md#5-x) and [the code](../../packages/cli).",
      links,
    );
    expect(html).toContain('<a href="guides/decisions.html#5-x">decisions</a>');
    expect(html).toContain("and the code.");
  });

  it("moves headings down by `shift` levels", () => {
    expect(renderMarkdown("# Title\n\n## Part", links, 2)).toBe(
      '<h3 id="title">Title</h3>\n<h4 id="part">Part</h4>\n',
    );
  });

  it("puts each table in a focusable group named by the heading above it", () => {
    const html = renderMarkdown("## Phases\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n", links);
    expect(html).toContain(
      '<div class="table-scroll" role="group" tabindex="0" id="table-1" aria-labelledby="phases">',
    );
    expect(html).toContain('<th scope="col" style="text-align:right">b</th>');
  });

  it("escapes text such as the suppression marker", () => {
    expect(renderMarkdown('Published as "<5".', links)).toContain("&lt;5");
  });
});
