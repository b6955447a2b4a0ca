import { css } from "lit";

export const statStyles = css`
  :host {
    container-type: inline-size;
    --_zc-stat-size: var(--zc-stat-figure-size, 2.5rem);
  }

  :host([size="s"]) {
    --_zc-stat-size: var(--zc-stat-figure-size, 1.75rem);
  }

  :host([size="l"]) {
    --_zc-stat-size: var(--zc-stat-figure-size, 3.5rem);
  }

  :host([size="xl"]) {
    --_zc-stat-size: var(--zc-stat-figure-size, 5rem);
  }

  .stat {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_zc-space) calc(var(--_zc-space) * 3);
  }

  .figure {
    margin: 0;
    /* Never wider than the element: at 320 px an xl figure shrinks to fit. */
    font-size: min(var(--_zc-stat-size), 18cqi);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--_zc-text);
    overflow-wrap: anywhere;
  }

  .unit {
    font-size: 0.4em;
    font-weight: 600;
    margin-inline-start: 0.15em;
  }

  .change,
  .month,
  .note {
    margin: 0;
    color: var(--_zc-muted);
  }

  .change {
    font-weight: 600;
    color: var(--_zc-text);
  }

  .note {
    font-size: 0.875em;
  }

  .spark {
    flex: 0 1 auto;
  }

  .spark polyline {
    fill: none;
    stroke: var(--_zc-accent);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .spark circle {
    fill: var(--_zc-accent);
  }

  .spark .baseline {
    stroke: var(--_zc-border);
    stroke-width: 1;
  }
`;
