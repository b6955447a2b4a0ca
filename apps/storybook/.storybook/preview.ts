import manifest from "zc:custom-elements.json";
import type { Preview } from "@storybook/web-components-vite";
import { setCustomElementsManifest } from "@storybook/web-components-vite";
import { installStoryFetch } from "./story-fetch.js";

setCustomElementsManifest(manifest);
installStoryFetch();

const preview: Preview = {
  tags: ["autodocs"],
  parameters: {
    controls: { expanded: true },
    // Accessibility checks fail the story's test (addon-vitest), not just warn in the panel.
    a11y: { test: "error" },
    backgrounds: {
      options: {
        light: { name: "Light", value: "#ffffff" },
        dark: { name: "Dark", value: "#16181d" },
      },
    },
  },
  initialGlobals: { backgrounds: { value: "light" } },
};

export default preview;
