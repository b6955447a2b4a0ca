// A local HTTP server (node:http) for the hardening tests of the widgets bundle: a partner's
// page with every element, served with or without a strict Content-Security-Policy, the
// self-contained bundle, the site's feed, a SYNTHETIC boundary file, and feeds that arrive
// mislabelled or cut off mid-transfer.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { feedFiles } from "../../build/sources.js";

/** The policy of the issue: nothing inline, no eval, everything from the page's own origin. */
export const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

const widgetsDir = dirname(createRequire(import.meta.url).resolve("@zhucan/widgets/package.json"));

function bundle(name: "zhucan-widgets.js" | "zhucan-widgets.iife.js"): string {
  try {
    return readFileSync(join(widgetsDir, "dist", name), "utf8");
  } catch {
    throw new Error(
      `packages/widgets/dist/${name} is missing: build it (\`cd packages/widgets && npx tsup\`).`,
    );
  }
}

/** Every element of @zhucan/widgets, with the attributes the page gives it. */
export const pageElements: readonly { tag: string; attributes: string }[] = [
  { tag: "zc-stat", attributes: 'size="xl"' },
  { tag: "zc-target-progress", attributes: "" },
  { tag: "zc-phase-timeline", attributes: "" },
  { tag: "zc-needs-breakdown", attributes: 'region="441400"' },
  { tag: "zc-progress-map", attributes: "" },
  {
    tag: "zc-progress-map",
    attributes: 'level="city" geo-src="/geo.json" approval-number="粤S(2099)000号（合成）"',
  },
  { tag: "zc-report-tracker", attributes: "" },
  { tag: "zc-pairing-diagram", attributes: "" },
  { tag: "zc-dashboard", attributes: "" },
];

/** A synthetic boundary file: one square per city of Guangdong (not real boundaries). */
function squaresGeoJson(): string {
  const cities = ["440100", "440200", "440300", "441400", "441800", "440800", "440600"];
  return JSON.stringify({
    type: "FeatureCollection",
    features: cities.map((code, i) => ({
      type: "Feature",
      properties: { adcode: Number(code) },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [110 + i, 22],
            [111 + i, 22],
            [111 + i, 23],
            [110 + i, 23],
            [110 + i, 22],
          ],
        ],
      },
    })),
  });
}

const watchScript = `// Records what the page would otherwise only print: policy violations and uncaught errors.
window.__violations = [];
window.__errors = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.effectiveDirective + " blocked " + (e.blockedURI || "inline") +
    " at " + e.sourceFile + ":" + e.lineNumber + " " + e.sample);
});
window.addEventListener("error", (e) => window.__errors.push("error: " + e.message));
window.addEventListener("unhandledrejection", (e) => window.__errors.push("rejection: " + e.reason));
`;

function page(script: string, feed: string): string {
  const body = pageElements
    .map(({ tag, attributes }) => `<${tag} src="${feed}" ${attributes}></${tag}>`)
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>A partner page under a strict policy (synthetic data)</title>
<script src="/watch.js"></script>
${script}
</head>
<body>
<main>
<h1>合作方页面（合成数据）</h1>
${body}
</main>
</body>
</html>`;
}

/** What the server's pages and files are served with. */
export interface HostilePageServerOptions {
  /** The Content-Security-Policy header of every response; none when absent. */
  readonly policy?: string;
}

/** A running server. */
export interface HostilePageServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves, on 127.0.0.1:
 * - `/esm.html`, `/iife.html`: every element on `/feed.json`, loading the ES-module or the
 *   classic-script bundle; `/text-plain.html`: the same on `/feed-as-text.json`;
 * - `/watch.js`, `/zhucan-widgets.js`, `/zhucan-widgets.iife.js`;
 * - `/feed.json` (the site's feed), `/feed-as-text.json` (the same as `text/plain`, `nosniff`),
 *   `/feed-cut.json` (announces the whole length, sends half, then drops the connection);
 * - `/geo.json` (synthetic squares).
 */
export async function startHostilePageServer(
  options: HostilePageServerOptions = {},
): Promise<HostilePageServer> {
  const feed = readFileSync(join(feedFiles().dir, "latest.json"));
  const files: Record<string, { type: string; body: string | Buffer }> = {
    "/esm.html": {
      type: "text/html; charset=utf-8",
      body: page('<script type="module" src="/zhucan-widgets.js"></script>', "/feed.json"),
    },
    "/iife.html": {
      type: "text/html; charset=utf-8",
      body: page('<script src="/zhucan-widgets.iife.js" defer></script>', "/feed.json"),
    },
    "/text-plain.html": {
      type: "text/html; charset=utf-8",
      body: page('<script type="module" src="/zhucan-widgets.js"></script>', "/feed-as-text.json"),
    },
    "/watch.js": { type: "text/javascript; charset=utf-8", body: watchScript },
    "/zhucan-widgets.js": {
      type: "text/javascript; charset=utf-8",
      body: bundle("zhucan-widgets.js"),
    },
    "/zhucan-widgets.iife.js": {
      type: "text/javascript; charset=utf-8",
      body: bundle("zhucan-widgets.iife.js"),
    },
    "/feed.json": { type: "application/json; charset=utf-8", body: feed },
    "/feed-as-text.json": { type: "text/plain; charset=utf-8", body: feed },
    "/geo.json": { type: "application/json", body: squaresGeoJson() },
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const headers: Record<string, string> = {
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...(options.policy ? { "Content-Security-Policy": options.policy } : {}),
    };
    if (path === "/feed-cut.json") {
      res.writeHead(200, {
        ...headers,
        "Content-Type": "application/json",
        "Content-Length": String(feed.length),
      });
      res.write(feed.subarray(0, feed.length >> 1), () => res.destroy());
      return;
    }
    if (path === "/favicon.ico") {
      res.writeHead(204, headers).end();
      return;
    }
    const file = files[path];
    if (!file) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { ...headers, "Content-Type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
