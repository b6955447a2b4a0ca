/**
 * Imports the partner-boundary code of the map (`map-geo.ts`: the loader, the geometry and
 * their texts) on demand, when a page sets `geo-src`. The self-contained bundle swaps this
 * module for `import-map-geo.inline.ts` (see tsup.config.ts), which has it inlined.
 *
 * @example
 * const { approvalText } = await importMapGeo();
 * approvalText("粤S(2099)000号", "en") //=> "Map approval No. (审图号): 粤S(2099)000号; boundaries supplied by the partner"
 */
export function importMapGeo(): Promise<typeof import("./map-geo.js")> {
  return import("./map-geo.js");
}
