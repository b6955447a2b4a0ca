import { css } from "lit";

/** Styles of `<zc-report-tracker>`; the custom properties' defaults live on `:host`. */
export const reportTrackerStyles = css`
  :host {
    --_zc-report-on-time: var(--zc-report-on-time, #009e73);
    --_zc-report-late: var(--zc-report-late, #e69f00);
    --_zc-report-missing: var(--zc-report-missing, #d55e00);
    --_zc-report-symbol: var(--zc-report-symbol, #000000);
  }

  /* Positioned, so that the visually hidden month names inside the table (absolutely
     positioned) are clipped by the scroller instead of widening the page at 320 px. */
  .scroller {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
  }

  .grid {
    border-collapse: separate;
    border-spacing: 2px;
    font-size: 0.875em;
    min-width: 0;
  }

  .grid th,
  .grid td {
    border: none;
    padding: 0;
  }

  .grid thead th {
    background: none;
    font-weight: 400;
    font-size: 0.8125em;
    color: var(--_zc-muted);
    text-align: center;
    white-space: nowrap;
    padding: 0 0.125em 0.25em;
    vertical-align: bottom;
  }

  .grid thead th.unit-head {
    text-align: start;
  }

  .grid tbody th {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_zc-background);
    text-align: start;
    font-weight: 400;
    white-space: nowrap;
    padding-right: 0.5em;
  }

  .grid .cell {
    width: 1.75em;
    min-width: 1.75em;
    height: 1.75em;
    text-align: center;
    vertical-align: middle;
    border-radius: 0.25em;
    color: var(--_zc-report-symbol);
    font-weight: 700;
    cursor: default;
  }

  .grid .cell:focus-visible {
    outline: 3px solid var(--_zc-focus);
    outline-offset: 1px;
  }

  .on-time {
    background: var(--_zc-report-on-time);
  }

  .late {
    background: var(--_zc-report-late);
  }

  /* Missing also differs in texture, not only in hue (orange vs vermillion). */
  .missing {
    background: repeating-linear-gradient(
        135deg,
        transparent 0 3px,
        rgb(255 255 255 / 0.35) 3px 5px
      ),
      var(--_zc-report-missing);
  }

  .none {
    background: var(--_zc-surface);
    color: var(--_zc-muted);
  }

  .count {
    text-align: end;
    font-variant-numeric: tabular-nums;
    padding: 0 0.25em 0 0.5em;
    white-space: nowrap;
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

  .key {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 0.25em;
    color: var(--_zc-report-symbol);
    font-weight: 700;
  }

  .key.none {
    color: var(--_zc-muted);
    border: 1px solid var(--_zc-border);
  }
`;
