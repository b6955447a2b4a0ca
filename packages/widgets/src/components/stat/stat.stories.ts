// Stories of <zc-stat>: every state, level, language and theme. apps/storybook runs each one as
// a test in Chromium: its play function, then axe-core. CSF is typed here rather than imported,
// so the widgets package needs no Storybook dependency.
import { html, nothing } from "lit";
import "./index.js";
import type { ZcStat } from "./stat.js";

interface Args {
  src: string;
  indicator: string;
  region: string;
  size: string;
  lang: string;
  theme: string;
}
interface Play {
  canvasElement: HTMLElement;
  userEvent: { click(target: Element): Promise<void> };
}
interface Story {
  name?: string;
  args?: Partial<Args>;
  globals?: Record<string, unknown>;
  play?: (context: Play) => Promise<void>;
}

/** The sample feed served by the workbench, and its special routes (apps/storybook/.storybook/story-fetch.ts). */
const feed = "/feed/latest.json";

async function settled({ canvasElement }: Play, state: string): Promise<ZcStat> {
  const element = canvasElement.querySelector("zc-stat");
  if (!element) throw new Error("<zc-stat> was not rendered");
  const actual = await element.whenSettled();
  if (actual !== state) throw new Error(`expected state "${state}", got "${actual}"`);
  return element;
}

function part(element: ZcStat, name: string): Element {
  const found = element.shadowRoot?.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`part "${name}" is missing`);
  return found;
}

export default {
  title: "Elements/zc-stat",
  component: "zc-stat",
  args: { src: feed, indicator: "youths-covered", region: "", size: "m", lang: "zh-CN", theme: "" },
  render: (a: Args) =>
    html`<zc-stat
      src=${a.src || nothing}
      indicator=${a.indicator}
      region=${a.region || nothing}
      size=${a.size}
      lang=${a.lang}
      theme=${a.theme || nothing}
    ></zc-stat>`,
};

export const Province: Story = {
  play: async (context) => {
    const element = await settled(context, "ready");
    if (!part(element, "figure").textContent?.trim()) throw new Error("no figure shown");
    const toggle = part(element, "toolbar").querySelector("button");
    if (!toggle) throw new Error("no table toggle");
    await context.userEvent.click(toggle);
    if (toggle.getAttribute("aria-expanded") !== "true") throw new Error("table did not open");
  },
};

export const City: Story = {
  args: { region: "441400", indicator: "v-stations" },
  play: async (context) => {
    const element = await settled(context, "ready");
    if (!part(element, "title").textContent?.includes("梅州")) throw new Error("not Meizhou");
  },
};

export const County: Story = {
  args: { region: "441426", indicator: "youths-covered" },
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

export const ExtraLarge: Story = {
  args: { size: "xl", indicator: "star-organisations" },
  play: async (context) => {
    await settled(context, "ready");
  },
};

export const Loading: Story = {
  args: { src: "/__story/hang.json" },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector("zc-stat");
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

export const NoFigure: Story = {
  name: "Empty (indicator not in the feed for the region)",
  args: { region: "999999" },
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

export const InvalidFeed: Story = {
  name: "Error (not a valid feed)",
  args: { src: "/__story/not-a-feed.json" },
  play: async (context) => {
    await settled(context, "error");
  },
};

export const Stale: Story = {
  name: "Stale (refresh failed, old data shown)",
  args: { src: "/__story/once.json?story=stat-stale" },
  play: async (context) => {
    const element = await settled(context, "ready");
    const state = await element.reload();
    if (state !== "stale") throw new Error(`expected stale, got ${state}`);
  },
};
