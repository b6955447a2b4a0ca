import { css } from "lit";

/** Styles of `<zc-progress-map>`; the custom properties' defaults live on `:host`. */
export const progressMapStyles = css`
  :host {
    --_zc-map-outline: var(--zc-map-outline, var(--_zc-text));
    --_zc-map-label: var(--zc-map-label, var(--_zc-text));
    --_zc-map-halo: var(--zc-map-halo, var(--_zc-background));
    --_zc-map-withheld: var(--zc-map-withheld, var(--_zc-surface));
    --_zc-map-empty: var(--zc-map-empty, var(--_zc-background));
  }

  .map {
    position: relative;
    container-type: inline-size;
  }

  .map svg {
    display: block;
    width: 100%;
    max-width: var(--_zc-map-width, 100%);
    height: auto;
    overflow: visible;
    font-family: var(--_zc-font-family);
  }

  /*
   * The theme's "* { box-sizing: inherit }" is an explicit inherit, which keeps Chromium from
   * sharing one computed style between like elements (its matched-properties cache): the map's
   * ~570 SVG elements then cost ≈ 1.5 ms more to style (bench/map-render, --ab). Box sizing means
   * nothing inside an SVG, so its elements get the value itself (the host's) instead.
   */
  svg * {
    box-sizing: border-box;
  }

  .cell {
    cursor: pointer;
    outline: none;
  }

  .cell .fill {
    stroke: var(--_zc-border);
    stroke-width: 1;
  }

  .fill-withheld {
    fill: url(#map-withheld);
  }

  .withheld-ground {
    fill: var(--_zc-map-withheld);
  }

  .fill-empty {
    fill: var(--_zc-map-empty);
  }

  .ground {
    fill: var(--_zc-background);
  }

  .area-mark {
    fill: var(--_zc-map-label);
  }

  /* Cell and legend texts: a halo in the background colour keeps them legible on every fill. */
  .cell text,
  .swatch text {
    fill: var(--_zc-map-label);
    stroke: var(--_zc-map-halo);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }

  .cell .name {
    font-size: 10.5px;
  }

  .cell .mark,
  .swatch text {
    font-size: 10px;
    font-weight: 600;
  }

  .ring,
  .focus-ring {
    fill: none;
    pointer-events: none;
    stroke-width: 3;
  }

  .ring {
    stroke: var(--_zc-text);
  }

  .focus-ring {
    display: none;
    stroke: var(--_zc-focus);
  }

  /* Shown by the element while a tile has keyboard focus (:focus-visible). */
  .focus-ring.shown {
    display: inline;
  }

  .cell:hover .fill {
    stroke: var(--_zc-text);
    stroke-width: 2;
  }

  .shape {
    fill-rule: evenodd;
    stroke: var(--_zc-border);
    stroke-width: 0.75;
  }

  .cell:focus-visible .shape,
  .cell[aria-selected="true"] .shape {
    stroke: var(--_zc-focus);
    stroke-width: 3;
  }

  .cell[aria-selected="true"] .shape {
    stroke: var(--_zc-text);
  }

  .outlines {
    fill: none;
    stroke: var(--_zc-map-outline);
    stroke-width: 1.5;
    stroke-linecap: square;
    pointer-events: none;
  }

  .approval-mark {
    font-size: 11px;
    fill: var(--_zc-muted);
  }

  /* Narrow maps: names no longer fit; the status symbol grows to fill the cell instead. */
  @container (max-width: 479px) {
    .cell .name {
      display: none;
    }

    .cell .mark {
      font-size: 18px;
      transform: translateY(-12px);
    }

    .value .cell .mark {
      display: none;
    }
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(18rem, 90%);
    padding: calc(var(--_zc-space) * 0.75) var(--_zc-space);
    border: 1px solid var(--_zc-border);
    border-radius: var(--_zc-radius);
    background: var(--_zc-background);
    color: var(--_zc-text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    line-height: 1.4;
  }

  .tooltip[hidden] {
    display: none;
  }

  .tooltip p {
    margin: 0;
  }

  .tooltip p:first-child {
    font-weight: 600;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_zc-space) * 0.5) calc(var(--_zc-space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }

  .swatch {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .swatch rect {
    stroke: var(--_zc-border);
  }

  .note,
  .approval {
    margin: 0;
    font-size: 0.875em;
    color: var(--_zc-muted);
  }

  .note--warning {
    color: var(--_zc-warning);
  }
`;
