import { css } from "lit";

export const targetProgressStyles = css`
  .status {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_zc-space) / 2) var(--_zc-space);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
    padding: 0.125em 0.5em 0.125em 0.25em;
    border: 1px solid var(--_zc-border);
    border-radius: var(--_zc-radius);
  }

  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 1px solid var(--_zc-text);
    border-radius: 0.2em;
    background: var(--_zc-swatch);
  }

  svg text {
    fill: var(--_zc-text);
    font-size: 12px;
  }

  .track {
    fill: var(--_zc-surface);
    stroke: var(--_zc-border);
  }

  .actual {
    stroke: var(--_zc-text);
    stroke-width: 1;
  }

  .target {
    stroke: var(--_zc-text);
    stroke-width: 2;
  }

  .expected {
    stroke: var(--_zc-text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }

  .legend {
    margin: 0;
    font-size: 0.875em;
    color: var(--_zc-muted);
  }
`;
