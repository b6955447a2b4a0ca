import { type CSSResult, unsafeCSS } from "lit";
import { sequentialScaleDefaults } from "../../layout/sequential-scale.js";
import {
  type ProgressStatus,
  statusLooks,
  statusOrder,
  statusPatternId,
} from "../../styles/status.js";

// Every fill of the map is a class with its rule in the element's styles, never a `style`
// attribute: a partner page's strict Content-Security-Policy (`style-src 'self'`, no
// 'unsafe-inline') blocks style attributes, and an SVG presentation attribute (`fill="…"`)
// cannot hold the themable `var(--zc-…)` colours.

/** Prefix of the ids of the status patterns in the map's `<defs>` (partner boundaries). */
export const mapPatterns = "map";

/**
 * The class that fills a tile with a status colour.
 *
 * @example
 * statusFill("off-track") //=> "fill-status-off-track"
 */
export function statusFill(status: ProgressStatus): string {
  return `fill-status-${status}`;
}

/**
 * The class that fills a partner shape with a status pattern (colour and texture).
 *
 * @example
 * patternFill("achieved") //=> "fill-pattern-achieved"
 */
export function patternFill(status: ProgressStatus): string {
  return `fill-pattern-${status}`;
}

/**
 * The class that fills a region with the colour of value class `index` (0 = lightest).
 *
 * @example
 * valueFill(0) //=> "fill-class-1"
 */
export function valueFill(index: number): string {
  return `fill-class-${index + 1}`;
}

const rules = [
  ...statusOrder.map((status) => {
    const color = statusLooks[status].color;
    const pattern = statusPatternId(status, mapPatterns);
    // The pattern's ground takes the themable colour from here too (a rule outranks whatever
    // presentation attribute the shared pattern carries).
    return `.${statusFill(status)},#${pattern}>rect{fill:${color}}.${patternFill(status)}{fill:url(#${pattern})}`;
  }),
  ...sequentialScaleDefaults.colors.map(
    (color, i) => `.${valueFill(i)}{fill:var(--zc-map-class-${i + 1},${color})}`,
  ),
];

/**
 * The rules of the map's fill classes: status colours, status patterns and value classes
 * (`--zc-map-class-1` … `-5`, defaulting to the sequential scale's ramp).
 *
 * @example
 * static styles = [...ZcElement.styles, progressMapStyles, mapFillStyles];
 */
export const mapFillStyles: CSSResult = unsafeCSS(rules.join(""));
