import { defineConfig } from "vite";
import { sitePlugin } from "./build/site-plugin.js";

// A static multi-page site: relative URLs everywhere (`base: "./"`), so the built `dist/` works
// from any web server, any sub-path or object storage. Pages are rendered by build/site.ts.
export default defineConfig({
  base: "./",
  publicDir: false,
  plugins: [sitePlugin()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
