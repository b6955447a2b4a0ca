// Stories of <zc-target-progress>: every state, each level, language and theme. apps/storybook runs each
// one as a test in Chromium: its play function, then axe-core. CSF is typed here rather than
// imported, so the widgets package needs no Storybook dependency.
import { html, nothing } from "lit";
import "./index.js";
import type { ZcTargetProgress } from "./target-progress.js";

interface Args {
  src: string;
  indicator: string;
  region: string;
  lang: string;
  theme: string;
}
interface Play {
  canvasElement: HTMLElement;
  userEvent: { click(target: Element): Promise<void>; keyboard(keys: string): Promise<void> };
}
interface Story {
  name?: string;
  args?: Partial<Args>;
  globals?: Record<string, unknown>;
  play?: (context: Play) => Promise<void>;
}

/** The sample feed served by the workbench, and its special routes (apps/storybook/.storybook/story-fetch.ts). */
const feed = "/feed/latest.json";

async function settled({ canvasElement }: Play, state: string): Promise<ZcTargetProgress> {
  const element = canvasElement.querySelector("zc-target-progress");
  if (!element) throw new Error("<zc-target-progress> was not rendered");
  const actual = await element.whenSettled();
  if (actual !== state) throw new Error(`expected state "${state}", got "${actual}"`);
  return element;
}

function part(element: ZcTargetProgress, name: string): Element {
  const found = element.shadowRoot?.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`part "${name}" is missing`);
  return found;
}

export default {
  title: "Elements/zc-target-progress",
  component: "zc-target-progress",
  args: { src: feed, indicator: "youths-covered", region: "", lang: "zh-CN", theme: "" },
  render: (a: Args) =>
    html`<zc-target-progress
      src=${a.src || nothing}
      indicator=${a.indicator}
      region=${a.region || nothing}
      lang=${a.lang}
      theme=${a.theme || nothing}
    ></zc-target-progress>`,
};

export const Province: Story = {
  play: async (context) => {
    const element = await settled(context, "ready");
    if (!part(element, "status").textContent?.trim()) throw new Error("no status shown");
  },
};

export const VStations: Story = {
  name: "V-stations (one per county)",
  args: { indicator: "v-stations" },
  play: async (context) => {
    await settled(context, "ready");
  },
};

export const City: Story = {
  args: { region: "441400" },
  play: async (context) => {
    await settled(context, "ready");
  },
};

export const County: Story = {
  args: { region: "441426" },
  play: async (context) => {
    await settled(context, "ready");
  },
};

export const English: Story = {
  args: { lang: "en" },
  play: async (context) => {
    const element = await settled(context, "ready");
    if (part(element, "base").getAttribute("lang") !== "en") throw new Error("not in English");
  },
};

export const Dark: Story = {
  args: { theme: "dark" },
  globals: { backgrounds: { value: "dark" } },
  play: async (context) => {
    await settled(context, "ready");
  },
};

export const Loading: Story = {
  args: { src: "/__story/hang.json" },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector("zc-target-progress");
    await element?.updateComplete;
    if (element?.state !== "loading") throw new Error(`expected loading, got ${element?.state}`);
    if (part(element, "base").getAttribute("aria-busy") !== "true") throw new Error("not busy");
  },
};

export const NoSource: Story = {
  name: "Empty (no source)",
  args: { src: "" },
  play: async (context) => {
    await settled(context, "empty");
  },
};

export const Error503: Story = {
  name: "Error (server answers 503)",
  args: { src: "/__story/status-503.json" },
  play: async (context) => {
    const element = await settled(context, "error");
    if (!element.shadowRoot?.querySelector('[role="alert"]')) throw new Error("no alert");
  },
};

export const Stale: Story = {
  name: "Stale (refresh failed, old data shown)",
  args: { src: "/__story/once.json?story=zc-target-progress-stale" },
  play: async (context) => {
    const element = await settled(context, "ready");
    const state = await element.reload();
    if (state !== "stale") throw new Error(`expected stale, got ${state}`);
  },
};
