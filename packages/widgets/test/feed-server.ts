// A vite plugin for the browser tests: real HTTP routes that serve the SYNTHETIC test feed and
// the failures the loader must handle. Runs in Node, inside the vitest server.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";
import { makeFeedJson } from "./make-feed.js";

/**
 * Routes under `/__zc/` (any query string is allowed; `?k=<key>` counts the request under key):
 * - `feed.json` → the synthetic feed (200);
 * - `status/<code>` → that HTTP status;
 * - `slow/<ms>` → the feed after a delay;
 * - `invalid-json` → a body that is not JSON;
 * - `invalid-feed` → JSON that is not a feed;
 * - `flaky/<id>` → the feed the first time, HTTP 503 afterwards;
 * - `count?k=<key>` → `{ "count": n }`, how many requests were counted under key (not counted).
 */
export function feedServer(): Plugin {
  const counts = new Map<string, number>();
  const flakySeen = new Set<string>();
  const feed = makeFeedJson();
  return {
    name: "zc-test-feed-server",
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        if (!url.pathname.startsWith("/__zc/")) return next();
        const route = url.pathname.slice("/__zc/".length);
        const key = url.searchParams.get("k");
        const send = (status: number, body: string, type = "application/json") => {
          res.statusCode = status;
          res.setHeader("Content-Type", type);
          res.setHeader("Cache-Control", "no-store");
          res.end(body);
        };
        if (route === "count")
          return send(200, JSON.stringify({ count: counts.get(key ?? "") ?? 0 }));
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
        const [name, arg = ""] = route.split("/");
        switch (name) {
          case "feed.json":
            return send(200, feed);
          case "status":
            return send(Number(arg) || 500, "error", "text/plain");
          case "slow":
            setTimeout(() => send(200, feed), Number(arg) || 1000);
            return;
          case "invalid-json":
            return send(200, "{ this is not json", "application/json");
          case "invalid-feed":
            return send(200, JSON.stringify({ schemaVersion: "9.0.0", months: [] }));
          case "flaky":
            if (flakySeen.has(arg)) return send(503, "unavailable", "text/plain");
            flakySeen.add(arg);
            return send(200, feed);
          default:
            return send(404, "not found", "text/plain");
        }
      });
    },
  };
}
