import { defineConfig } from "vitest/config";

// Unit tests of the site's pure parts, and browser tests that drive the BUILT site (dist/, made
// by `vite build`; turbo builds it before `test`) in Debian's Chromium through playwright,
// served by a real local HTTP server (scripts/static-server.mjs).
export default defineConfig({
  test: {
    name: "docs",
    environment: "node",
    include: ["src/**/*.test.ts", "build/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    // `expect.poll` waits up to 10 s (default 1 s): a ceiling for a busy machine, not a speed check.
    expect: { poll: { timeout: 10_000 } },
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
  },
});
