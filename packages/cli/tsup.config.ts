import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base";

// The library (index) and the records worker import their dependencies from node_modules, as a
// library should. records-worker.js must sit beside the bundled chunks: `zhucan records check`
// starts it by URL.
//
// The `zhucan` command (bin.js) and the worker that reads reports beside it
// (report-reader-worker.js, started by URL like the records worker) are built on their own, each
// one self-contained file with @zhucan/domain, zod and date-fns bundled in: Node loads one file
// instead of some hundred ES modules, which took a fifth of a second of every start-up
// (bench/cli/build.mjs). csv-parse, iconv-lite and exceljs stay outside: they are CommonJS or
// large. bin.ts starts with `#!/usr/bin/env node`; tsup keeps the shebang and marks the file
// executable. The library build cleans dist/ except the files the command build writes.
export default defineConfig([
  packageBuild({
    entry: {
      index: "src/index.ts",
      "records-worker": "src/records/records-worker.ts",
    },
    platform: "node",
    target: "node20",
    clean: ["!bin.*", "!report-reader-worker.*"],
  }),
  packageBuild({
    entry: { bin: "src/bin.ts", "report-reader-worker": "src/io/report-reader-worker.ts" },
    platform: "node",
    target: "node20",
    dts: false,
    clean: false,
    splitting: false,
    noExternal: ["@zhucan/domain", "zod", "date-fns", "@date-fns/tz"],
  }),
]);
