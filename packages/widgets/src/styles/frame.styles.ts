import { css } from "lit";

/** Layout of the frame {@link ZcElement} draws around every view: title, states, table, toolbar. */
export const frameStyles = css`
  .base {
    position: relative;
    margin: 0;
    padding: calc(var(--_zc-space) * 2);
    display: flex;
    flex-direction: column;
    gap: var(--_zc-space);
    min-width: 0;
  }

  /* Long words and URLs (in error messages) wrap instead of widening the element. */
  .title,
  .chart,
  .summary,
  .message,
  .provenance {
    overflow-wrap: anywhere;
    margin: 0;
  }

  .title {
    font-weight: 600;
    font-size: 1.05em;
    line-height: 1.35;
  }

  .chart {
    min-width: 0;
  }

  .chart svg {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .summary {
    color: var(--_zc-text);
  }

  .message {
    padding: var(--_zc-space) calc(var(--_zc-space) * 1.5);
    border: 1px solid var(--_zc-border);
    border-radius: var(--_zc-radius);
    background: var(--_zc-surface);
  }

  .message--error,
  .message--stale {
    border-left-width: 0.375rem;
  }

  .message--error {
    border-color: var(--_zc-error);
  }

  .message--error strong {
    color: var(--_zc-error);
  }

  .message--stale {
    border-color: var(--_zc-warning);
  }

  .message p,
  .problems {
    margin: 0.25em 0 0;
  }

  .problems,
  .notes {
    padding-left: 1.25em;
  }

  .problems {
    font-size: 0.875em;
  }

  .table-region {
    max-width: 100%;
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    font-size: 0.875em;
    min-width: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }

  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_zc-border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_zc-surface);
  }

  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .notes,
  .provenance {
    font-size: 0.8125em;
    color: var(--_zc-muted);
  }

  .notes {
    margin: 0.5em 0 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_zc-space);
  }

  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_zc-text);
    background: var(--_zc-surface);
    border: 1px solid var(--_zc-border);
    border-radius: var(--_zc-radius);
    padding: 0.375em 0.75em;
    min-height: 2.75em;
    min-width: 2.75em;
    cursor: pointer;
  }

  button:hover {
    border-color: var(--_zc-text);
  }

  .sample {
    font-weight: 600;
    color: var(--_zc-text);
  }
`;
