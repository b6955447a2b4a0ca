import type { Options } from "tsup";

/**
 * The one tsup configuration every published package starts from: ESM only, `.d.ts` beside
 * each entry, tree-shakeable output, sources mapped.
 */
export function packageBuild(overrides: Options = {}): Options {
  return {
    format: ["esm"],
    target: "es2022",
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    ...overrides,
  };
}
