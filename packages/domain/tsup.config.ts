import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base";

// One output file per source file (like date-fns), so that with `sideEffects: false` a bundler
// keeps only the modules an application imports: a page that only validates feeds does not pay
// for the record schemas.
export default defineConfig(
  packageBuild({
    entry: [
      "src/**/*.ts",
      "!src/**/*.test.ts",
      "!src/**/*.test-d.ts",
      "!src/**/*.bench.ts",
      "!src/**/*.test-support.ts",
    ],
    bundle: false,
    splitting: false,
  }),
);
