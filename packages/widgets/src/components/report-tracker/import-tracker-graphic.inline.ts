import * as trackerGraphic from "./tracker-graphic.js";

/**
 * The self-contained bundle's stand-in for `import-tracker-graphic.ts` (swapped in by
 * tsup.config.ts): one file needs no chunk, and esbuild, which bundles it without code
 * splitting, would wrap the modules behind a dynamic import for lazy initialisation.
 *
 * @example
 * const { trackerGraphic: draw } = await importTrackerGraphic();
 * typeof draw //=> "function"
 */
export function importTrackerGraphic(): Promise<typeof trackerGraphic> {
  return Promise.resolve(trackerGraphic);
}
