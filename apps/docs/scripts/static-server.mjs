// A small static file server on node:http, used by `pnpm start` and by the docs' browser tests.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves the files of `dir` on 127.0.0.1, trying `port`, then the next ports (`tries` in all;
 * port 0 picks a free one). The feed and the widget bundle are public data meant for embedding on
 * other sites, so every response allows cross-origin reads (CORS), as a real host must.
 * Resolves to `{ url, close }`.
 */
export async function createStaticServer({ dir, port = 0, tries = 1, host = "127.0.0.1" }) {
  const root = normalize(typeof dir === "string" ? dir : fileURLToPath(dir));
  if (!existsSync(root)) throw new Error(`No built site at ${root}: build it first.`);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path;
    try {
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path) && existsSync(`${path}.html`)) path = `${path}.html`;
    const headers = {
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-cache",
    };
    if (!existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found");
      return;
    }
    res.writeHead(200, {
      ...headers,
      "Content-Type": types[extname(path)] ?? "application/octet-stream",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(path).pipe(res);
  });
  for (let attempt = 0; attempt < tries; attempt++) {
    const tryPort = port === 0 ? 0 : port + attempt;
    const bound = await new Promise((resolve, reject) => {
      const onError = (error) => {
        server.off("listening", onListening);
        if (error.code === "EADDRINUSE" && attempt + 1 < tries) resolve(false);
        else reject(error);
      };
      const onListening = () => {
        server.off("error", onError);
        resolve(true);
      };
      server.once("error", onError);
      server.once("listening", onListening);
      server.listen(tryPort, host);
    });
    if (bound) {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : tryPort;
      return {
        url: `http://localhost:${actual}/`,
        port: actual,
        close: () => new Promise((resolve) => server.close(() => resolve())),
      };
    }
  }
  throw new Error("No free port");
}
