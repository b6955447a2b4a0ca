// Stories of <zc-pairing-diagram>: every state, language and theme. apps/storybook runs each
// one as a test in Chromium: its play function, then axe-core. CSF is typed here rather than
// imported, so the widgets package needs no Storybook dependency.
import { html, nothing } from "lit";
import "./index.js";
import type { ZcPairingDiagram } from "./pairing-diagram.js";

interface Args {
  src: string;
  selected: string;
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

async function settled({ canvasElement }: Play, state: string): Promise<ZcPairingDiagram> {
  const element = canvasElement.querySelector("zc-pairing-diagram");
  if (!element) throw new Error("<zc-pairing-diagram> was not rendered");
  const actual = await element.whenSettled();
  if (actual !== state) throw new Error(`expected state "${state}", got "${actual}"`);
  return element;
}

function part(element: ZcPairingDiagram, name: string): Element {
  const found = element.shadowRoot?.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`part "${name}" is missing`);
  return found;
}

export default {
  title: "Elements/zc-pairing-diagram",
  component: "zc-pairing-diagram",
  args: { src: feed, selected: "", lang: "zh-CN", theme: "" },
  render: (a: Args) =>
    html`<zc-pairing-diagram
      src=${a.src || nothing}
      selected=${a.selected || nothing}
      lang=${a.lang}
      theme=${a.theme || nothing}
    ></zc-pairing-diagram>`,
};

export const Pairs: Story = {
  name: "Pairs (choose a city)",
  play: async (context) => {
    const element = await settled(context, "ready");
    const city = element.shadowRoot?.querySelector('[part~="city"]');
    if (!city) throw new Error("no city button");
    const chosen: string[] = [];
    element.addEventListener("zc-region-select", (event) => chosen.push(event.detail.region));
    await context.userEvent.click(city);
    if (chosen.length !== 1) throw new Error("no zc-region-select");
  },
};

export const Selected: Story = {
  name: "A city selected (Meizhou)",
  args: { selected: "441400" },
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
    const element = canvasElement.querySelector("zc-pairing-diagram");
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
  args: { src: "/__story/once.json?story=zc-pairing-diagram-stale" },
  play: async (context) => {
    const element = await settled(context, "ready");
    const state = await element.reload();
    if (state !== "stale") throw new Error(`expected stale, got ${state}`);
  },
};
