import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { defineConfig, type Options } from "tsup";
import ts from "typescript";
import { packageBuild } from "../../tsup.base";
import { minifyCss, minifyHtml } from "./src/base/minify-templates.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const standalone = "zhucan-widgets";

// The self-contained file has everything inlined: each `import-<chunk>.ts` (a dynamic import of
// a chunk fetched on demand: the feed validator, the download code) is swapped for its
// `import-<chunk>.inline.ts` sibling (a static import). Bundled without code splitting, a
// dynamic import would make esbuild wrap the modules behind it for lazy initialisation, and keep
// every module of `@zhucan/domain` behind the validator.
const inlineChunks: Plugin = {
  name: "inline-chunks",
  setup(build) {
    build.onResolve({ filter: /\/import-[a-z-]+\.js$/ }, (args) => {
      const inline = join(args.resolveDir, args.path.replace(/\.js$/, ".inline.ts"));
      return existsSync(inline) ? { path: inline } : undefined;
    });
  },
};

/**
 * The static text of every css``, html`` and svg`` template with the whitespace and comments
 * the browser ignores removed (see src/base/minify-templates.ts, which is tested), found with
 * TypeScript's parser so strings, comments and nested templates are never mistaken for one.
 * html`` and svg`` keep their line breaks, so source maps stay right; css`` loses them too (every
 * css`` template is in a `*.styles.ts` file that holds nothing but styles, so only style
 * declarations move in the source maps).
 */
function minifyTemplateLiterals(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const minify =
        tag === "css" ? minifyCss : tag === "html" || tag === "svg" ? minifyHtml : null;
      const t = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((span) => span.literal)];
      for (const piece of minify ? pieces : []) {
        // Between the opening "`" or "}" and the closing "`" or "${".
        const start = piece.getStart(file) + 1;
        const end = piece.end - (source[piece.end - 1] === "`" ? 1 : 2);
        const raw = source.slice(start, end);
        const text = minify?.(raw) ?? raw;
        if (text !== raw) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

const minifyTemplates: Plugin = {
  name: "minify-templates",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!/\b(css|html|svg)`/.test(source)) return undefined;
      return { contents: minifyTemplateLiterals(source, args.path), loader: "ts" };
    });
  },
};

export default defineConfig([
  // ESM, one output file per source file: `dist/components/<name>/index.js` registers one tag
  // and pulls in only what that element needs; `dist/index.js` registers them all. Lit and
  // @zhucan/domain stay imports, so an application bundles them once. The feed validator
  // (`dist/feed/feed-validator.js`: parseFeed, zod, the feed schema) is imported on demand, so
  // an application's bundler makes it a chunk of its own, fetched in parallel with the feed.
  packageBuild({
    entry: [
      "src/**/*.ts",
      "!src/**/*.d.ts",
      "!src/**/*.test.ts",
      "!src/**/*.stories.ts",
      "!src/stories/**",
      "!src/**/*.inline.ts",
      "!src/base/minify-templates.ts",
    ],
    bundle: false,
    esbuildPlugins: [minifyTemplates],
    splitting: false,
    // Never delete the self-contained files the other build writes beside these.
    clean: ["**/*", `!${standalone}.*`],
  }),
  // One self-contained file for a plain <script> tag (CDNs: the `unpkg`/`jsdelivr` fields):
  // every element, Lit and the feed validator inlined and minified; ESM for
  // <script type="module">, IIFE (global `zhucanWidgets`) for a classic <script>.
  packageBuild({
    entry: { [standalone]: "src/index.ts" },
    format: ["esm", "iife"],
    globalName: "zhucanWidgets",
    platform: "browser",
    noExternal: [/.*/],
    minify: true,
    dts: false,
    splitting: false,
    clean: false,
    esbuildPlugins: [inlineChunks, minifyTemplates],
    outExtension: ({ format }) => ({ js: format === "iife" ? ".iife.js" : ".js" }),
  }),
]);
