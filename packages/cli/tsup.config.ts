import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base";

// bin.ts starts with `#!/usr/bin/env node`; tsup keeps the shebang and marks the file executable.

export default defineConfig(
  packageBuild({
    entry: ["src/index.ts", "src/bin.ts"],
    platform: "node",
    target: "node20",
  }),
);
