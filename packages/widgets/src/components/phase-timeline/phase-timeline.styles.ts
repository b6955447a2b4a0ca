import { css } from "lit";

export const phaseTimelineStyles = css`
  svg text {
    fill: var(--_zc-text);
    font-size: 12px;
  }

  .segment {
    stroke: var(--_zc-border);
    stroke-width: 1;
    fill: var(--_zc-surface);
  }

  .segment--done,
  .elapsed {
    fill: var(--_zc-accent);
  }

  .segment--done {
    stroke: var(--_zc-text);
  }

  .marker {
    stroke: var(--_zc-text);
    stroke-width: 2;
  }

  .marker-head {
    fill: var(--_zc-text);
  }

  .phases {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_zc-space);
  }

  .phase-button {
    display: flex;
    width: 100%;
    text-align: start;
    gap: var(--_zc-space);
    align-items: baseline;
    flex-wrap: wrap;
    font-size: 1em;
    background: var(--_zc-background);
  }

  .phase--current .phase-button {
    border-width: 2px;
    border-color: var(--_zc-accent);
  }

  .phase-name {
    font-weight: 600;
  }

  .phase-meta {
    color: var(--_zc-muted);
    font-size: 0.875em;
  }

  .milestones {
    margin: calc(var(--_zc-space) / 2) 0 0;
    padding-inline-start: 1.5em;
  }

  .milestones[hidden] {
    display: none;
  }
`;
