// The package's entry: every element (importing it registers the tags) and the shared pieces
// for building more. Add one `export * from "./components/<name>/index.js";` line per element.
// The download helpers are the `@zhucan/widgets/download` entry (src/download/index.ts), not
// re-exported here: the elements fetch that code only on the first download.
export * from "./base/data-table.js";
export * from "./base/events.js";
export * from "./base/frame-parts.js";
export * from "./base/zc-element.js";
export * from "./components/dashboard/index.js";
export * from "./components/needs-breakdown/index.js";
export * from "./components/pairing-diagram/index.js";
export * from "./components/phase-timeline/index.js";
export * from "./components/progress-map/index.js";
export * from "./components/report-tracker/index.js";
export * from "./components/stat/index.js";
export * from "./components/target-progress/index.js";
export * from "./feed/feed-error.js";
export * from "./feed/feed-loader.js";
export * from "./feed/select.js";
export * from "./i18n/format.js";
export * from "./i18n/locale.js";
export * from "./i18n/messages.js";
export * from "./styles/frame.styles.js";
export * from "./styles/status.js";
export * from "./styles/theme.styles.js";
