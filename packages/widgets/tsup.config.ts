import { existsSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, type Options } from "tsup";
import { packageBuild } from "../../tsup.base";

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
    ],
    bundle: false,
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
    esbuildPlugins: [inlineChunks],
    outExtension: ({ format }) => ({ js: format === "iife" ? ".iife.js" : ".js" }),
  }),
]);
