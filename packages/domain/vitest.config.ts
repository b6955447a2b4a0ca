import { defineConfig } from "vitest/config";

// The library must give the same answers whatever the host's time zone: every test runs twice,
// once on a Beijing-time host and once on a host far west of it (UTC−8/−7, with DST).
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
    projects: [
      {
        extends: true,
        test: {
          name: "domain@Asia/Shanghai",
          env: { TZ: "Asia/Shanghai", EXPECTED_TZ: "Asia/Shanghai" },
        },
      },
      {
        extends: true,
        test: {
          name: "domain@America/Los_Angeles",
          env: { TZ: "America/Los_Angeles", EXPECTED_TZ: "America/Los_Angeles" },
        },
      },
    ],
  },
});
