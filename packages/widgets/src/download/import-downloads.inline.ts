import * as downloads from "./downloads.js";

/**
 * The self-contained bundle's stand-in for `import-downloads.ts` (swapped in by tsup.config.ts):
 * one file needs no chunk, and esbuild, which bundles it without code splitting, would wrap the
 * modules behind a dynamic import for lazy initialisation.
 *
 * @example
 * const { fileName } = await importDownloads();
 * fileName(["zc-stat", "2017-03"], "csv") //=> "zc-stat-2017-03.csv"
 */
export function importDownloads(): Promise<typeof downloads> {
  return Promise.resolve(downloads);
}
