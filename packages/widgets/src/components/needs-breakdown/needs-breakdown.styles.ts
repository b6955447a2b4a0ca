import { css } from "lit";

export const needsBreakdownStyles = css`
  svg text {
    fill: var(--_zc-text);
    font-size: 13px;
  }

  .value {
    font-variant-numeric: tabular-nums;
  }

  .track {
    fill: var(--_zc-surface);
  }

  .bar {
    fill: var(--_zc-accent);
    stroke: var(--_zc-text);
    stroke-width: 1;
  }

  .withheld {
    fill: none;
    stroke: var(--_zc-border);
    stroke-dasharray: 3 3;
  }

  .note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_zc-muted);
  }
`;
