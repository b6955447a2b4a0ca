import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "../../chromium.mjs";
import { emulateMedia } from "./test/browser-commands.js";
import { feedServer } from "./test/feed-server.js";

// Every widget test runs in a real Chromium (Debian's, never a downloaded build). The test
// server also serves the synthetic feed and the failures the loader handles (test/feed-server.ts).
export default defineConfig({
  plugins: [feedServer()],
  // Pre-bundled up front, so no test run stops half-way to re-optimise a dependency it found late.
  optimizeDeps: {
    include: [
      "lit",
      "lit/decorators.js",
      "lit/directives/class-map.js",
      "lit/directives/style-map.js",
      "axe-core",
    ],
  },
  test: {
    name: "widgets",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // How long `expect.poll` waits before it fails (default 1 s). A ceiling, not a speed check:
    // the first lazily imported chunk (the map's boundary mode) is transformed on demand, and a
    // busy CI machine took longer than 1 s for it.
    expect: { poll: { timeout: 10_000 } },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
      }),
      instances: [{ browser: "chromium" }],
      commands: { emulateMedia },
    },
  },
});
