import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base";

export default defineConfig(
  packageBuild({
    entry: ["src/index.ts", "src/bin.ts"],
    platform: "node",
    target: "node20",
    banner: ({ format }) => (format === "esm" ? {} : {}),
  }),
);
