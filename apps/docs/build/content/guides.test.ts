import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ElementApi } from "../../src/common/element-api.js";
import { headingSlugger } from "../markdown.js";
import { loadSite, type Site } from "../site.js";
import { docsDir } from "../sources.js";
import {
  chineseThemingTables,
  type Guide,
  guideSource,
  guides,
  themingTablesMarker,
} from "./guides.js";

// The zh-CN guide pages must be written in Chinese: every guide (and the decisions) has its
// translation in a zh-CN/ folder beside it under the same name, the build refuses to fall back
// to English, and the translation keeps the original's shape, commands and links.

const read = (file: string) => readFileSync(join(docsDir, file), "utf8");
const han = /\p{Script=Han}/u;

/** Heading levels in order, e.g. ["#", "##", "##"], outside fenced code. */
function headingLevels(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "");
  return [...prose.matchAll(/^(#{1,6}) /gm)].map((m) => m[1] ?? "");
}

/**
 * Fenced code blocks that have a language, with comments and the placeholder host left out:
 * those are the only parts of code a translation may change.
 */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)].map(
    ([, lang, body]) =>
      `${lang}\n${(body ?? "")
        .replaceAll("YOUR-HOST", "你的域名")
        .replace(/[ \t]+(#|\/\/) .*$/gm, "")
        .replace(/^(#|\/\/) .*$/gm, "")}`,
  );
}

/** The file names of the Markdown documents a document links to. */
function linkedDocs(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)].map(
    (m) => m[1]?.split("/").pop() ?? "",
  );
}

describe("the Chinese versions of the guides", () => {
  it("exist for every guide in docs/guides/, under the same name in docs/guides/zh-CN/", () => {
    const english = readdirSync(join(docsDir, "guides")).filter((f) => f.endsWith(".md"));
    const chinese = readdirSync(join(docsDir, "guides", "zh-CN")).filter((f) => f.endsWith(".md"));
    expect(chinese.sort()).toEqual(english.sort());
    for (const file of english) {
      const guide = guides.find((g) => g.file === `guides/${file}`);
      expect(guide?.zhFile, file).toBe(`guides/zh-CN/${file}`);
    }
  });

  it("sit in a zh-CN folder beside each original, under the same name", () => {
    for (const { file, zhFile } of guides) {
      const name = file.split("/").pop() ?? "";
      expect(zhFile).toBe(file.replace(name, `zh-CN/${name}`));
    }
  });

  it.each(guides)("$zhFile keeps the headings, commands and links of $file", (guide) => {
    const en = read(guide.file);
    const zh = read(guide.zhFile);
    expect(headingLevels(zh)).toEqual(headingLevels(en));
    expect(codeBlocks(zh)).toEqual(codeBlocks(en));
    expect(linkedDocs(zh)).toEqual(linkedDocs(en));
    expect(zh.includes(themingTablesMarker)).toBe(en.includes(themingTablesMarker));
    expect(zh.split("\n")[0]).toMatch(han);
  });

  it.each(guides)("$zhFile links only to files and headings that exist", (guide) => {
    const markdown = read(guide.zhFile);
    const dir = join(docsDir, guide.zhFile, "..");
    for (const [, target] of markdown.matchAll(/\]\(([^)#\s:]+\.md)(#[^)]*)?\)/g)) {
      expect(existsSync(join(dir, target ?? "")), `${guide.zhFile} → ${target}`).toBe(true);
    }
    const slug = headingSlugger();
    const prose = markdown.replace(/^```[\s\S]*?^```/gm, "");
    const ids = [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] ?? ""));
    for (const [, anchor] of markdown.matchAll(/\]\(#([^)]+)\)/g)) {
      expect(ids, `${guide.zhFile} → #${anchor}`).toContain(anchor);
    }
  });
});

describe("guideSource", () => {
  it.each(guides)("serves $zhFile on the zh-CN page of $slug", (guide) => {
    expect(guideSource(guide, "zh-CN")).toEqual({
      path: join(docsDir, guide.zhFile),
      inChinese: true,
    });
    expect(guideSource(guide, "en").inChinese).toBe(false);
  });

  it("fails the build when a Chinese version is missing", () => {
    const missing: Guide = {
      slug: "missing",
      file: "guides/theming.md",
      zhFile: "guides/zh-CN/no-such-guide.md",
      title: { "zh-CN": "缺", en: "Missing" },
      summary: { "zh-CN": "", en: "" },
    };
    expect(() => guideSource(missing, "zh-CN")).toThrow(
      /zh-CN page of the guide "missing" needs its Chinese version docs\/guides\/zh-CN\/no-such-guide\.md/,
    );
  });
});

describe("chineseThemingTables", () => {
  // A synthetic element, not one of the real widgets.
  const apis: ElementApi[] = [
    {
      tag: "zc-example",
      summary: "",
      attributes: [],
      cssProperties: [{ name: "--zc-example-gap", description: "Gap | between cards" }],
      cssParts: [{ name: "base", description: "The outer box." }],
      events: [],
    },
  ];

  it("heads the tables in Chinese and marks the English descriptions as English", () => {
    expect(chineseThemingTables(apis)).toBe(
      [
        "| 自定义属性 | 设置什么 | 说明它的组件 |",
        "|---|---|---|",
        '| `--zc-example-gap` | <span lang="en">Gap \\| between cards</span> | `zc-example` |',
        "",
        "## 各组件的部件",
        "",
        "### `zc-example` 的部件",
        "",
        "| 部件 | 是什么 |",
        "|---|---|",
        '| `::part(base)` | <span lang="en">The outer box.</span> |',
      ].join("\n"),
    );
  });
});

describe("the built guide pages", () => {
  let site: Site;
  beforeAll(() => {
    site = loadSite();
  });
  const page = (file: string) => site.pages.get(file) ?? "";
  const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";

  it.each(guides)("guides/$slug.html is in Chinese, with no English fallback", ({ slug }) => {
    const html = page(`guides/${slug}.html`);
    expect(html).toContain('<html lang="zh-CN"');
    expect(h1(html)).toMatch(han);
    expect(html).toContain('<article class="markdown">');
    expect(html).not.toMatch(/<article[^>]* lang="en"/);
    expect(html).not.toContain("只有英文版");
  });

  it("the theming page carries the generated tables in both languages", () => {
    const properties = [...new Set(site.data.elements.flatMap((e) => e.cssProperties))];
    expect(properties.length).toBeGreaterThan(0);
    for (const [file, heading] of [
      ["guides/theming.html", "各组件的部件"],
      ["en/guides/theming.html", "Parts of each element"],
    ] as const) {
      const html = page(file);
      expect(html).not.toContain("generated: theming tables");
      expect(html).toContain(heading);
      for (const { name } of properties) expect(html, `${file} ${name}`).toContain(name);
    }
  });
});
