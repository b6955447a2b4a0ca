import { css } from "lit";

/**
 * The design tokens of every element, as CSS custom properties.
 *
 * Each public property `--zc-*` may be set on the element or on any ancestor (it inherits);
 * its default lives in the fallback of a private `--_zc-*` property on `:host`. Dark values
 * apply under `prefers-color-scheme: dark` unless `theme="light"`, and always with
 * `theme="dark"`. Status colours follow the Okabe–Ito palette (safe for the common forms of
 * colour blindness); every status also has a text label and a symbol.
 *
 * | property | light default | what it colours |
 * |---|---|---|
 * | `--zc-font-family` | system UI + CJK system fonts | all text (no web fonts are loaded) |
 * | `--zc-font-size` | `1rem` | base text size |
 * | `--zc-color-text` | `#1b1b1f` | text |
 * | `--zc-color-muted` | `#4a4f57` | secondary text (provenance, notes) |
 * | `--zc-color-background` | `#ffffff` | element background |
 * | `--zc-color-surface` | `#f2f4f7` | table headers, tracks, buttons |
 * | `--zc-color-border` | `#8a9099` | borders, axes (3:1 against the background) |
 * | `--zc-color-accent` | `#0072b2` | main series, links |
 * | `--zc-color-focus` | `#0a58ca` | focus ring |
 * | `--zc-color-error` | `#b3261e` | error messages |
 * | `--zc-color-warning` | `#8a5300` | stale-data notice |
 * | `--zc-radius` | `0.375rem` | corner radius |
 * | `--zc-space` | `0.5rem` | spacing unit |
 * | `--zc-status-achieved` | `#009e73` | status: achieved |
 * | `--zc-status-on-track` | `#0072b2` | status: on track |
 * | `--zc-status-needs-acceleration` | `#e69f00` | status: needs acceleration |
 * | `--zc-status-off-track` | `#d55e00` | status: off track |
 * | `--zc-status-no-data` | `#9aa0a6` | status: no data |
 * | `--zc-status-no-target` | `#d9dce1` | status: no target |
 */
// The dark values, written once and used twice: under the reader's dark setting (unless
// `theme="light"`) and under `theme="dark"`.
const darkTokens = css`
  --_zc-text: var(--zc-color-text, #f1f2f4);
  --_zc-muted: var(--zc-color-muted, #c3c7ce);
  --_zc-background: var(--zc-color-background, #16181d);
  --_zc-surface: var(--zc-color-surface, #262a31);
  --_zc-border: var(--zc-color-border, #8d939e);
  --_zc-accent: var(--zc-color-accent, #56b4e9);
  --_zc-focus: var(--zc-color-focus, #8ab4ff);
  --_zc-error: var(--zc-color-error, #ff8a80);
  --_zc-warning: var(--zc-color-warning, #f0c36d);
  --_zc-status-on-track: var(--zc-status-on-track, #56b4e9);
  --_zc-status-no-data: var(--zc-status-no-data, #6b7078);
  --_zc-status-no-target: var(--zc-status-no-target, #3a3f47);
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    --_zc-font-family: var(
      --zc-font-family,
      system-ui,
      -apple-system,
      "Segoe UI",
      "PingFang SC",
      "Hiragino Sans GB",
      "Microsoft YaHei",
      "Noto Sans CJK SC",
      "Source Han Sans SC",
      sans-serif
    );
    --_zc-font-size: var(--zc-font-size, 1rem);
    --_zc-text: var(--zc-color-text, #1b1b1f);
    --_zc-muted: var(--zc-color-muted, #4a4f57);
    --_zc-background: var(--zc-color-background, #ffffff);
    --_zc-surface: var(--zc-color-surface, #f2f4f7);
    --_zc-border: var(--zc-color-border, #8a9099);
    --_zc-accent: var(--zc-color-accent, #0072b2);
    --_zc-focus: var(--zc-color-focus, #0a58ca);
    --_zc-error: var(--zc-color-error, #b3261e);
    --_zc-warning: var(--zc-color-warning, #8a5300);
    --_zc-radius: var(--zc-radius, 0.375rem);
    --_zc-space: var(--zc-space, 0.5rem);
    --_zc-status-achieved: var(--zc-status-achieved, #009e73);
    --_zc-status-on-track: var(--zc-status-on-track, #0072b2);
    --_zc-status-needs-acceleration: var(--zc-status-needs-acceleration, #e69f00);
    --_zc-status-off-track: var(--zc-status-off-track, #d55e00);
    --_zc-status-no-data: var(--zc-status-no-data, #9aa0a6);
    --_zc-status-no-target: var(--zc-status-no-target, #d9dce1);
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme="light"])) {
      ${darkTokens}
    }
  }

  :host([theme="dark"]) {
    ${darkTokens}
  }

  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    color: var(--_zc-text);
    background: var(--_zc-background);
    font-family: var(--_zc-font-family);
    font-size: var(--_zc-font-size);
    line-height: 1.5;
    border-radius: var(--_zc-radius);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_zc-focus);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
