import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base";

// bin.ts starts with `#!/usr/bin/env node`; tsup keeps the shebang and marks the file executable.
// records-worker.js must sit beside the bundled chunks: `zhucan records check` starts it by URL.

export default defineConfig(
  packageBuild({
    entry: {
      index: "src/index.ts",
      bin: "src/bin.ts",
      "records-worker": "src/records/records-worker.ts",
    },
    platform: "node",
    target: "node20",
  }),
);
