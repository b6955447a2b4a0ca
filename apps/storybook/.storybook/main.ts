import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/web-components-vite";
import { storyFeedDir, widgetsPackage } from "./sources.js";

const widgets = widgetsPackage();
// Relative to this folder: the vitest plugin joins story globs to the config directory.
const widgetsFromHere = relative(dirname(fileURLToPath(import.meta.url)), widgets.dir);

// The stories live beside the elements (packages/widgets/src/components/<name>/<name>.stories.ts)
// and import them from source; the sample feed is served at /feed/; custom-elements.json is
// aliased for preview.ts (controls and API tables come from it, never from a second copy).
const config: StorybookConfig = {
  framework: { name: "@storybook/web-components-vite", options: {} },
  stories: [`${widgetsFromHere}/src/components/**/*.stories.ts`],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  staticDirs: [{ from: storyFeedDir(), to: "/feed" }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [
      ...(viteConfig.plugins ?? []),
      {
        // The stories register their element by importing the element's source `index.ts`
        // for its side effect; the package's `sideEffects` names only its dist files, so a
        // production build would drop the registration.
        name: "zc-element-registration-is-a-side-effect",
        transform(code: string, id: string) {
          return /\/src\/components\/[^/]+\/index\.ts$/.test(id)
            ? { code, map: null, moduleSideEffects: true }
            : undefined;
        },
      },
    ],
    resolve: {
      ...viteConfig.resolve,
      alias: [
        ...(Array.isArray(viteConfig.resolve?.alias) ? viteConfig.resolve.alias : []),
        { find: "zc:custom-elements.json", replacement: widgets.manifest },
      ],
    },
  }),
};

export default config;
