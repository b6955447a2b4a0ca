// `@zhucan/widgets/download`: the helpers that make the elements' files (CSV, SVG, PNG), for a
// page that makes files of its own. Not re-exported from the package's main entry: the elements
// fetch this code as a chunk on the first download, and a static re-export would put it back
// into every application that imports `@zhucan/widgets` (≈ 1.5 KB gzip).
export * from "./csv.js";
export * from "./save-file.js";
export * from "./svg-export.js";
