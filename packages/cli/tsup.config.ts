import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base";

// The library (index) and the records worker import their dependencies from node_modules, as a
// library should. records-worker.js must sit beside the bundled chunks: `zhucan records check`
// starts it by URL.
//
// The `zhucan` command (bin.js) is built on its own, one self-contained file with @zhucan/domain,
// zod and date-fns bundled in: Node loads one file instead of some hundred ES modules, which took
// a fifth of a second of every start-up (bench/cli/build.mjs). csv-parse, iconv-lite and exceljs
// stay outside: they are CommonJS or large, and loaded only when needed. bin.ts starts with
// `#!/usr/bin/env node`; tsup keeps the shebang and marks the file executable. The library build
// cleans dist/ except the command's files, which the command build writes.
export default defineConfig([
  packageBuild({
    entry: {
      index: "src/index.ts",
      "records-worker": "src/records/records-worker.ts",
    },
    platform: "node",
    target: "node20",
    clean: ["!bin.*"],
  }),
  packageBuild({
    entry: { bin: "src/bin.ts" },
    platform: "node",
    target: "node20",
    dts: false,
    clean: false,
    noExternal: ["@zhucan/domain", "zod", "date-fns", "@date-fns/tz"],
  }),
]);
