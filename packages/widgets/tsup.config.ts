import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base";

const standalone = "zhucan-widgets";

export default defineConfig([
  // ESM, one output file per source file: `dist/components/<name>/index.js` registers one tag
  // and pulls in only what that element needs; `dist/index.js` registers them all. Lit and
  // @zhucan/domain stay imports, so an application bundles them once.
  packageBuild({
    entry: ["src/**/*.ts", "!src/**/*.d.ts", "!src/**/*.test.ts", "!src/**/*.stories.ts"],
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
    outExtension: ({ format }) => ({ js: format === "iife" ? ".iife.js" : ".js" }),
  }),
]);
