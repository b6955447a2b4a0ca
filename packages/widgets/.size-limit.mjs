// The size budgets of the published files (`npx size-limit`; gzip, 1 KB = 1000 bytes).
// size-limit bundles each row with esbuild; without a `format` esbuild makes a classic script
// (IIFE), which turns every `import()` into a shim (about 0.26 KB gzip) that an ES-module page
// never downloads. Every file below except the plain-script bundle is an ES module (the package
// ships its entries as ESM only), so those rows are bundled as ES modules; the plain-script
// bundle is measured as the classic script it is. Code fetched on demand (the feed validator,
// its words, the download code, the report tracker's download picture, the map's
// partner-boundary code) stays out of an entry (`ignore`); the rows that say "+ feed validator"
// add the validator chunk, fetched in parallel with the first feed.

/** Chunks the element entries fetch only on demand. */
const lazyChunks = [
  "*/feed-validator.js",
  "*/feed-wording.js",
  "*/downloads.js",
  "*/tracker-graphic.js",
];

/** A row for an ES-module file, bundled as an ES module. */
const esModule = (row) => ({
  gzip: true,
  modifyEsbuildConfig: (config) => ({ ...config, format: "esm" }),
  ...row,
});

/** A row for a classic script, bundled as one (esbuild's default). */
const classicScript = (row) => ({ gzip: true, ...row });

export default [
  esModule({
    name: "<zc-stat> (entry: the element, its base and Lit)",
    path: "dist/components/stat/index.js",
    ignore: lazyChunks,
    limit: "15.75 KB",
  }),
  esModule({
    name: "<zc-stat> + feed validator (everything needed to show data)",
    path: ["dist/components/stat/index.js", "dist/feed/feed-validator.js"],
    ignore: lazyChunks,
    limit: "19.1 KB",
  }),
  esModule({
    name: "<zc-target-progress> (entry: the element, its base and Lit)",
    path: "dist/components/target-progress/index.js",
    ignore: lazyChunks,
    limit: "16.9 KB",
  }),
  esModule({
    name: "<zc-target-progress> + feed validator (everything needed to show data) — OVER the issue's 20 KB budget when the validator is counted, see README",
    path: ["dist/components/target-progress/index.js", "dist/feed/feed-validator.js"],
    ignore: lazyChunks,
    limit: "20.25 KB",
  }),
  esModule({
    name: "<zc-phase-timeline> (entry: the element, its base and Lit)",
    path: "dist/components/phase-timeline/index.js",
    ignore: lazyChunks,
    limit: "16.65 KB",
  }),
  esModule({
    name: "<zc-phase-timeline> + feed validator (everything needed to show data)",
    path: ["dist/components/phase-timeline/index.js", "dist/feed/feed-validator.js"],
    ignore: lazyChunks,
    limit: "20 KB",
  }),
  esModule({
    name: "<zc-needs-breakdown> (entry: the element, its base and Lit)",
    path: "dist/components/needs-breakdown/index.js",
    ignore: lazyChunks,
    limit: "15.8 KB",
  }),
  esModule({
    name: "<zc-needs-breakdown> + feed validator (everything needed to show data)",
    path: ["dist/components/needs-breakdown/index.js", "dist/feed/feed-validator.js"],
    ignore: lazyChunks,
    limit: "19.2 KB",
  }),
  esModule({
    name: "<zc-progress-map> (entry: the element, its base and Lit) — OVER the issue's 20 KB budget, see README",
    path: "dist/components/progress-map/index.js",
    ignore: [...lazyChunks, "*/map-geo.js"],
    limit: "24 KB",
  }),
  esModule({
    name: "<zc-progress-map> + feed validator (everything needed to show data) — OVER the issue's 20 KB budget, see README",
    path: ["dist/components/progress-map/index.js", "dist/feed/feed-validator.js"],
    ignore: [...lazyChunks, "*/map-geo.js"],
    limit: "27.4 KB",
  }),
  esModule({
    name: "<zc-report-tracker> (entry: the element, its base and Lit)",
    path: "dist/components/report-tracker/index.js",
    ignore: lazyChunks,
    limit: "16.5 KB",
  }),
  esModule({
    name: "<zc-report-tracker> + feed validator (everything needed to show data)",
    path: ["dist/components/report-tracker/index.js", "dist/feed/feed-validator.js"],
    ignore: lazyChunks,
    limit: "19.9 KB",
  }),
  esModule({
    name: "<zc-pairing-diagram> (entry: the element, its base and Lit)",
    path: "dist/components/pairing-diagram/index.js",
    ignore: lazyChunks,
    limit: "16.3 KB",
  }),
  esModule({
    name: "<zc-pairing-diagram> + feed validator (everything needed to show data)",
    path: ["dist/components/pairing-diagram/index.js", "dist/feed/feed-validator.js"],
    ignore: lazyChunks,
    limit: "19.7 KB",
  }),
  esModule({
    name: "<zc-dashboard> (entry: every element, the base and Lit)",
    path: "dist/components/dashboard/index.js",
    ignore: [...lazyChunks, "*/map-geo.js"],
    limit: "38.5 KB",
  }),
  esModule({
    name: "<zc-dashboard> + feed validator (everything needed to show data)",
    path: ["dist/components/dashboard/index.js", "dist/feed/feed-validator.js"],
    ignore: [...lazyChunks, "*/map-geo.js"],
    limit: "41.85 KB",
  }),
  esModule({
    name: "feed validator chunk (checkFeed: parseFeed's checks of the feed's shape and regions, without the words; shared, fetched once per page with the first feed)",
    path: "dist/feed/feed-validator.js",
    ignore: ["*/feed-wording.js"],
    limit: "3.45 KB",
  }),
  esModule({
    name: "feed wording chunk (the zh-CN and en words of the validator's problems; shared, fetched only when a feed fails its check)",
    path: "dist/feed/feed-wording.js",
    limit: "1.55 KB",
  }),
  esModule({
    name: "download chunk (making CSV, SVG and PNG files and offering them; shared, fetched on the first download)",
    path: "dist/download/downloads.js",
    limit: "2.2 KB",
  }),
  esModule({
    name: "report-tracker picture chunk (the grid drawn for the SVG and PNG downloads; fetched on the first such download)",
    path: "dist/components/report-tracker/tracker-graphic.js",
    limit: "0.95 KB",
  }),
  esModule({
    name: "all elements (dist/index.js; the download helpers are @zhucan/widgets/download) + feed validator",
    path: ["dist/index.js", "dist/feed/feed-validator.js"],
    ignore: [...lazyChunks, "*/map-geo.js"],
    limit: "42.3 KB",
  }),
  classicScript({
    name: "plain-script bundle (dist/zhucan-widgets.iife.js, self-contained: every element, Lit, the feed validator) — OVER the issue's 45 KB budget, see README",
    path: "dist/zhucan-widgets.iife.js",
    limit: "48.3 KB",
  }),
];
