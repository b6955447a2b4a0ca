import { css } from "lit";

/** Styles of `<zc-pairing-diagram>`; the custom properties' defaults live on `:host`. */
export const pairingDiagramStyles = css`
  :host {
    --_zc-pairing-link: var(--zc-pairing-link, var(--_zc-accent));
    --_zc-pairing-node: var(--zc-pairing-node, var(--_zc-text));
  }

  .diagram {
    display: block;
    width: 100%;
    max-width: 420px;
    height: auto;
    font-size: 13px;
  }

  .diagram text {
    fill: var(--_zc-text);
    dominant-baseline: central;
  }

  .diagram .head {
    fill: var(--_zc-muted);
    font-size: 11px;
  }

  .link {
    fill: none;
    stroke: var(--_zc-pairing-link);
    stroke-width: 2;
    stroke-linecap: round;
  }

  .link.low {
    stroke-width: 2.5;
  }

  .node circle {
    fill: var(--_zc-pairing-node);
  }

  .node {
    cursor: pointer;
  }

  .dim .link:not(.on),
  .dim .node:not(.on) {
    opacity: 0.3;
  }

  .dim .link.on {
    stroke-width: 3.5;
  }

  .pairs,
  .pairs ul,
  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .pairs > li {
    padding: calc(var(--_zc-space) * 0.5) 0;
    border-top: 1px solid var(--_zc-surface);
  }

  .pairs ul {
    padding-left: 1.5em;
  }

  .pairs ul li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    margin-top: 0.125em;
  }

  .arrow,
  .counties,
  .confidence {
    color: var(--_zc-muted);
    font-size: 0.875em;
  }

  .confidence {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }

  .city {
    font: inherit;
    color: var(--_zc-text);
    background: none;
    border: 1px solid transparent;
    border-radius: var(--_zc-radius);
    padding: 0.125em 0.375em;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: pointer;
    min-height: 24px;
  }

  .city[aria-pressed="true"] {
    border-color: var(--_zc-text);
    background: var(--_zc-surface);
    font-weight: 600;
    text-decoration: none;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_zc-space) * 0.5) calc(var(--_zc-space) * 1.5);
    font-size: 0.875em;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }

  .line {
    width: 2em;
    height: 0.75em;
    flex: none;
  }

  .line path {
    stroke: var(--_zc-pairing-link);
    stroke-width: 2;
    stroke-linecap: round;
  }
`;
