// The CLI for the benches, bundled from packages/cli/src with the esbuild tsup uses, into
// packages/cli/node_modules/.cache/<name> (so that its dependencies resolve as the CLI's own do):
// the in-memory API the benches time (not part of the package's exports), and `zhucan` as
// tsup.config.ts bundles dist/bin.js (the domain, zod and date-fns inside; csv-parse, iconv-lite
// and exceljs outside), so that a rebuild of dist/ meanwhile cannot interfere.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "packages", "cli");

/**
 * Bundles the CLI: `{ api, bin, work, cleanUp }`, the module of `exports` (lines of `export … from`,
 * with `src("io/x.ts")` giving a quoted path under packages/cli/src), the bundled `zhucan`
 * script's path, a temporary folder for the bench's files, and a function removing all three. `name` keeps benches running at once apart.
 *
 * @example
 * const { api, bin, work, cleanUp } = await bundleCli("zhucan-bench", (src) => [
 *   `export { buildFeed } from ${src("feed/build-feed.ts")};`,
 * ]);
 */
export async function bundleCli(name, exports) {
  const esbuild = createRequire(createRequire(join(cli, "package.json")).resolve("tsup"))(
    "esbuild",
  );
  const work = mkdtempSync(join(tmpdir(), `${name}-`));
  const cache = join(cli, "node_modules", ".cache", name);
  const entry = join(work, "entry.ts");
  const src = (p) => JSON.stringify(join(cli, "src", p));
  writeFileSync(entry, exports(src).join("\n"));
  const build = (entryPoints, outfile, options) =>
    esbuild.build({
      entryPoints,
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      absWorkingDir: cli,
      logLevel: "error",
      ...options,
    });
  await build([entry], join(cache, "api.mjs"), { packages: "external" });
  const bin = join(cache, "bin.mjs");
  await build([join(cli, "src", "bin.ts")], bin, {
    external: ["csv-parse", "iconv-lite", "exceljs"],
  });
  const api = await import(pathToFileURL(join(cache, "api.mjs")).href);
  const cleanUp = () => {
    rmSync(work, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  };
  return { api, bin, work, cleanUp };
}
