/**
 * Imports the download code (`downloads.ts`: CSV, SVG and PNG files) on demand. The
 * self-contained bundle swaps this module for `import-downloads.inline.ts` (see tsup.config.ts),
 * which has it inlined.
 *
 * @example
 * const { fileName } = await importDownloads();
 * fileName(["zc-stat", "2017-03"], "csv") //=> "zc-stat-2017-03.csv"
 */
export function importDownloads(): Promise<typeof import("./downloads.js")> {
  return import("./downloads.js");
}
