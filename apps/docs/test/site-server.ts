import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
// @ts-expect-error -- a plain .mjs script without types, shared with `pnpm start`
import { createStaticServer } from "../scripts/static-server.mjs";

/** A running local HTTP server of a folder. */
export interface LocalServer {
  readonly url: string;
  close(): Promise<void>;
}

export const distDir = fileURLToPath(new URL("../dist/", import.meta.url));

/** Serves the built site on a free port of 127.0.0.1. */
export async function serveSite(): Promise<LocalServer> {
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(
      "apps/docs/dist is missing: run `npx -y pnpm@10.34.9 --filter @zhucan/docs build` first.",
    );
  }
  return serveFolder(distDir);
}

/** Serves any folder on a free port (a partner's page, on another origin than the site). */
export function serveFolder(dir: string): Promise<LocalServer> {
  return createStaticServer({ dir, port: 0 }) as Promise<LocalServer>;
}
