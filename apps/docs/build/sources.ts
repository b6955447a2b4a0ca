import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** The repository's root, its `docs/` folder, and this app's folder. */
export const repoRoot = resolve(here, "../../..");
export const docsDir = join(repoRoot, "docs");
export const appDir = resolve(here, "..");

/** What the build reads from @zhucan/widgets, found through its package.json (not its src/). */
export interface WidgetsFiles {
  /** The self-contained ES module for a plain `<script type="module">` (beside the `unpkg` file). */
  readonly bundle: string;
  /** The classic-script (IIFE) build beside it, if built. */
  readonly iife: string | undefined;
  /** custom-elements.json (the `customElements` field). */
  readonly manifest: string;
}

/**
 * Locates the widgets' standalone bundles and manifest through the fields of their package.json
 * that CDNs and tools read (`unpkg`/`jsdelivr`, `customElements`).
 *
 * @example
 * widgetsFiles().bundle //=> "/…/packages/widgets/dist/zhucan-widgets.js"
 */
export function widgetsFiles(): WidgetsFiles {
  const pkgPath = require.resolve("@zhucan/widgets/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as Record<string, unknown>;
  const dir = dirname(pkgPath);
  const field = (name: string) =>
    typeof pkg[name] === "string" ? (pkg[name] as string) : undefined;
  // The CDN fields name the classic-script (IIFE) build; the ES module sits beside it.
  const cdn = join(dir, field("unpkg") ?? field("jsdelivr") ?? "dist/zhucan-widgets.iife.js");
  const bundle = cdn.endsWith(".iife.js") ? cdn.replace(/\.iife\.js$/, ".js") : cdn;
  const manifest = join(dir, field("customElements") ?? "custom-elements.json");
  const iifePath = bundle.replace(/\.js$/, ".iife.js");
  for (const [what, path] of [
    ["the self-contained bundle", bundle],
    ["custom-elements.json", manifest],
  ] as const) {
    if (!existsSync(path)) {
      throw new Error(
        `@zhucan/docs: ${what} of @zhucan/widgets is missing at ${path}. Build the widgets first: npx -y pnpm@10.34.9 turbo run build --filter=@zhucan/widgets`,
      );
    }
  }
  return { bundle, manifest, iife: existsSync(iifePath) ? iifePath : undefined };
}

/** The feed folder the site publishes: `latest.json` and `releases/YYYY-MM.json`. */
export interface FeedFiles {
  readonly dir: string;
  readonly releases: readonly string[];
}

/**
 * The public feed the site shows and offers for download: `ZC_FEED_DIR` if set (a partner's
 * own feed, built with `zhucan build`), else the synthetic sample feed checked in by the CLI.
 *
 * @example
 * feedFiles().releases //=> ["2016-08", …, "2018-12"]
 */
export function feedFiles(env: NodeJS.ProcessEnv = process.env): FeedFiles {
  const dir = env.ZC_FEED_DIR
    ? resolve(env.ZC_FEED_DIR)
    : join(repoRoot, "packages", "cli", "sample-feed");
  if (!existsSync(join(dir, "latest.json"))) {
    throw new Error(
      `@zhucan/docs: no feed at ${dir}/latest.json. Make one with \`zhucan sample\` and \`zhucan build\`, or set ZC_FEED_DIR to a folder holding latest.json and releases/.`,
    );
  }
  const releasesDir = join(dir, "releases");
  const releases = existsSync(releasesDir)
    ? readdirSync(releasesDir)
        .filter((f) => /^\d{4}-\d{2}\.json$/.test(f))
        .map((f) => f.slice(0, 7))
        .sort()
    : [];
  return { dir, releases };
}
