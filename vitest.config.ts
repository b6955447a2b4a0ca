import { defineConfig } from "vitest/config";

// One project per package: `npx vitest` at the root runs them all; each package also runs its
// own with `pnpm --filter <name> test` (that is what turbo does, with caching).
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*"],
  },
});
