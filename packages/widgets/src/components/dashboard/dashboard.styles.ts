import { css } from "lit";

/** Styles of `<zc-dashboard>`: a grid that falls to one column on narrow screens. */
export const dashboardStyles = css`
  :host {
    --_zc-dashboard-gap: var(--zc-dashboard-gap, calc(var(--_zc-space) * 2));
    --_zc-dashboard-card-border: var(--zc-dashboard-card-border, var(--_zc-surface));
  }

  .board {
    display: grid;
    gap: var(--_zc-dashboard-gap);
    min-width: 0;
  }

  .row {
    display: grid;
    gap: var(--_zc-dashboard-gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    min-width: 0;
  }

  .row.stats {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
  }

  .board > *,
  .row > * {
    min-width: 0;
    border: 1px solid var(--_zc-dashboard-card-border);
    border-radius: var(--_zc-radius);
  }

  .board > .row {
    border: none;
  }

  /* One provenance line for the whole dashboard (its own, below): not one per card. */
  .board *::part(provenance) {
    display: none;
  }

  .focus {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_zc-space);
    margin: 0;
  }
`;
