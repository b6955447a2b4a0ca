import { createRequire } from "node:module";

// csv-parse and iconv-lite, loaded the first time they are needed rather than when `zhucan`
// starts: a report saved as UTF-8 and well-formed CSV (the common case) needs neither, and
// loading them took a tenth of every command's start-up (bench/cli/build.mjs). Loaded through
// `require`, so that a bundle of the CLI leaves them outside as the package's dependencies.
const require = createRequire(import.meta.url);

let iconv: typeof import("iconv-lite") | undefined;
let csvSync: typeof import("csv-parse/sync") | undefined;
let csvStream: typeof import("csv-parse") | undefined;

/**
 * iconv-lite, loaded on first use.
 *
 * @example
 * iconvLite().decode(Buffer.from([0xc4, 0xea]), "gb18030") //=> "年"
 */
export function iconvLite(): typeof import("iconv-lite") {
  iconv ??= require("iconv-lite") as typeof import("iconv-lite");
  return iconv;
}

/**
 * csv-parse's synchronous parser, loaded on first use.
 *
 * @example
 * csvParseSync().parse("a,b") //=> [["a", "b"]]
 */
export function csvParseSync(): typeof import("csv-parse/sync") {
  csvSync ??= require("csv-parse/sync") as typeof import("csv-parse/sync");
  return csvSync;
}

/**
 * csv-parse's streaming parser, loaded on first use.
 *
 * @example
 * typeof csvParseStream().parse //=> "function"
 */
export function csvParseStream(): typeof import("csv-parse") {
  csvStream ??= require("csv-parse") as typeof import("csv-parse");
  return csvStream;
}
