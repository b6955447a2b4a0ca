// Serves the built site (apps/docs/dist) on localhost and prints its URL: the end of the README's
// first command. A plain static server: any other web server or object storage serves dist/ too.
//   node scripts/serve.mjs [--port 4173] [--dir dist]
import { createStaticServer } from "./static-server.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

const dir = new URL(`../${arg("dir", "dist")}/`, import.meta.url);
const port = Number(arg("port", process.env.PORT ?? "4173"));

const { url } = await createStaticServer({ dir, port, tries: 20 });
console.log(`Docs site: ${url}`);
console.log(`(zh-CN at ${url} · English at ${url}en/ · stop with Ctrl+C)`);
