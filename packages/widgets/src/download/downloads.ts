// The download code (CSV, SVG and PNG files), imported by the base element on the first
// download only (see zc-element.ts): a reader who never saves a file never fetches it.
export { csvBlob } from "./csv.js";
export { offerDownload } from "./offer-download.js";
export { fileName, saveFile } from "./save-file.js";
export { exportSvg, svgBlob, svgToPng } from "./svg-export.js";
