import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");

/** The widgets' folder and manifest, through their package.json (`customElements` field). */
export function widgetsPackage(): { dir: string; manifest: string } {
  const pkgPath = require.resolve("@zhucan/widgets/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { customElements?: string };
  const dir = dirname(pkgPath);
  return { dir, manifest: join(dir, pkg.customElements ?? "custom-elements.json") };
}

/**
 * The feed the stories show at `/feed/`: `ZC_FEED_DIR` if set, else the synthetic sample feed
 * the CLI checks in.
 */
export function storyFeedDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.ZC_FEED_DIR
    ? resolve(env.ZC_FEED_DIR)
    : join(repoRoot, "packages/cli/sample-feed");
  if (!existsSync(join(dir, "latest.json"))) {
    throw new Error(
      `@zhucan/storybook: no feed at ${dir}/latest.json (set ZC_FEED_DIR or check in the sample feed).`,
    );
  }
  return dir;
}
