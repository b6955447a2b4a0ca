import * as mapGeo from "./map-geo.js";

/**
 * The self-contained bundle's stand-in for `import-map-geo.ts` (swapped in by tsup.config.ts):
 * one file needs no chunk, and esbuild, which bundles it without code splitting, would wrap the
 * modules behind a dynamic import for lazy initialisation.
 *
 * @example
 * const { approvalText } = await importMapGeo();
 * approvalText("粤S(2099)000号", "en") //=> "Map approval No. (审图号): 粤S(2099)000号; boundaries supplied by the partner"
 */
export function importMapGeo(): Promise<typeof mapGeo> {
  return Promise.resolve(mapGeo);
}
