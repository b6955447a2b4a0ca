// Stories of <zc-needs-breakdown>: every state, each level, language and theme. apps/storybook runs each
// one as a test in Chromium: its play function, then axe-core. CSF is typed here rather than
// imported, so the widgets package needs no Storybook dependency.
import { html, nothing } from "lit";
import "./index.js";
import type { ZcNeedsBreakdown } from "./needs-breakdown.js";

interface Args {
  src: string;
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

async function settled({ canvasElement }: Play, state: string): Promise<ZcNeedsBreakdown> {
  const element = canvasElement.querySelector("zc-needs-breakdown");
  if (!element) throw new Error("<zc-needs-breakdown> was not rendered");
  const actual = await element.whenSettled();
  if (actual !== state) throw new Error(`expected state "${state}", got "${actual}"`);
  return element;
}

function part(element: ZcNeedsBreakdown, name: string): Element {
  const found = element.shadowRoot?.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`part "${name}" is missing`);
  return found;
}

export default {
  title: "Elements/zc-needs-breakdown",
  component: "zc-needs-breakdown",
  args: { src: feed, region: "", lang: "zh-CN", theme: "" },
  render: (a: Args) =>
    html`<zc-needs-breakdown
      src=${a.src || nothing}
      region=${a.region || nothing}
      lang=${a.lang}
      theme=${a.theme || nothing}
    ></zc-needs-breakdown>`,
};

export const Province: Story = {
  play: async (context) => {
    const element = await settled(context, "ready");
    const toggle = part(element, "toolbar").querySelector("button");
    if (!toggle) throw new Error("no table toggle");
    await context.userEvent.click(toggle);
    if (toggle.getAttribute("aria-expanded") !== "true") throw new Error("table did not open");
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
    const element = canvasElement.querySelector("zc-needs-breakdown");
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
  args: { src: "/__story/once.json?story=zc-needs-breakdown-stale" },
  play: async (context) => {
    const element = await settled(context, "ready");
    const state = await element.reload();
    if (state !== "stale") throw new Error(`expected stale, got ${state}`);
  },
};
