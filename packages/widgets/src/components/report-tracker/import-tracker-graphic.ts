/**
 * Imports the tracker's export picture (`tracker-graphic.ts`) on demand, on the first SVG or
 * PNG download. The self-contained bundle swaps this module for
 * `import-tracker-graphic.inline.ts` (see tsup.config.ts), which has it inlined.
 *
 * @example
 * const { trackerGraphic } = await importTrackerGraphic();
 * typeof trackerGraphic //=> "function"
 */
export function importTrackerGraphic(): Promise<typeof import("./tracker-graphic.js")> {
  return import("./tracker-graphic.js");
}
