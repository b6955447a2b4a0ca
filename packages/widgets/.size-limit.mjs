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

/** Chunks the elements with a map fetch only on demand: the lazy chunks and the boundary code. */
const mapLazyChunks = [...lazyChunks, "*/map-geo.js"];

/** The chunk every element fetches with its first feed. */
const validator = "dist/feed/feed-validator.js";

/**
 * Two rows for an element's entry: alone, and with the feed validator (what a page needs to show
 * data). `limits` are set just above today's figures; a row whose limit is above the issue's
 * `budget` says OVER in its name.
 */
function elementRows(name, folder, limits, { ignore = lazyChunks, budget = 20, what } = {}) {
  const entry = `dist/components/${folder}/index.js`;
  const over = (limit) =>
    Number.parseFloat(limit) > budget ? ` — OVER the issue's ${budget} KB budget, see README` : "";
  const [alone, withValidator] = limits;
  return [
    esModule({
      name: `${name} (entry: ${what ?? "the element"}, its base and Lit)${over(alone)}`,
      path: entry,
      ignore,
      limit: alone,
    }),
    esModule({
      name: `${name} + feed validator (everything needed to show data)${over(withValidator)}`,
      path: [entry, validator],
      ignore,
      limit: withValidator,
    }),
  ];
}

export default [
  ...elementRows("<zc-stat>", "stat", ["15.75 KB", "19.1 KB"]),
  ...elementRows("<zc-target-progress>", "target-progress", ["16.9 KB", "20.25 KB"]),
  ...elementRows("<zc-phase-timeline>", "phase-timeline", ["16.65 KB", "20 KB"]),
  ...elementRows("<zc-needs-breakdown>", "needs-breakdown", ["15.8 KB", "19.2 KB"]),
  ...elementRows("<zc-progress-map>", "progress-map", ["24 KB", "27.4 KB"], {
    ignore: mapLazyChunks,
  }),
  ...elementRows("<zc-report-tracker>", "report-tracker", ["16.5 KB", "19.9 KB"]),
  ...elementRows("<zc-pairing-diagram>", "pairing-diagram", ["16.3 KB", "19.7 KB"]),
  ...elementRows("<zc-dashboard>", "dashboard", ["38.5 KB", "41.85 KB"], {
    ignore: mapLazyChunks,
    budget: 45,
    what: "every element",
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
    path: ["dist/index.js", validator],
    ignore: mapLazyChunks,
    limit: "42.3 KB",
  }),
  classicScript({
    name: "plain-script bundle (dist/zhucan-widgets.iife.js, self-contained: every element, Lit, the feed validator) — OVER the issue's 45 KB budget, see README",
    path: "dist/zhucan-widgets.iife.js",
    limit: "48.3 KB",
  }),
];
