// Stories of <zc-progress-map>: every state, each level, language and theme. apps/storybook runs each
// one as a test in Chromium: its play function, then axe-core. CSF is typed here rather than
// imported, so the widgets package needs no Storybook dependency.
import { html, nothing } from "lit";
import "./index.js";
import type { ZcProgressMap } from "./progress-map.js";

interface Args {
  src: string;
  level: string;
  indicator: string;
  "color-by": string;
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

async function settled({ canvasElement }: Play, state: string): Promise<ZcProgressMap> {
  const element = canvasElement.querySelector("zc-progress-map");
  if (!element) throw new Error("<zc-progress-map> was not rendered");
  const actual = await element.whenSettled();
  if (actual !== state) throw new Error(`expected state "${state}", got "${actual}"`);
  return element;
}

function part(element: ZcProgressMap, name: string): Element {
  const found = element.shadowRoot?.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`part "${name}" is missing`);
  return found;
}

export default {
  title: "Elements/zc-progress-map",
  component: "zc-progress-map",
  args: {
    src: feed,
    level: "county",
    indicator: "youths-covered",
    "color-by": "status",
    lang: "zh-CN",
    theme: "",
  },
  render: (a: Args) =>
    html`<zc-progress-map
      src=${a.src || nothing}
      level=${a.level}
      indicator=${a.indicator}
      color-by=${a["color-by"]}
      lang=${a.lang}
      theme=${a.theme || nothing}
    ></zc-progress-map>`,
};

export const CountyLevel: Story = {
  name: "County level, by status (keyboard)",
  play: async (context) => {
    const element = await settled(context, "ready");
    const cell = element.shadowRoot?.querySelector<SVGGElement>('[role="option"][tabindex="0"]');
    if (!cell) throw new Error("no focusable region");
    const chosen: string[] = [];
    element.addEventListener("zc-region-select", (event) => chosen.push(event.detail.region));
    cell.focus();
    await context.userEvent.keyboard("{ArrowRight}");
    const next = element.shadowRoot?.querySelector<SVGGElement>('[role="option"][tabindex="0"]');
    if (!next || next === cell) throw new Error("the arrow key did not move");
    await context.userEvent.keyboard("{Enter}");
    if (chosen.length !== 1 || chosen[0] !== next.dataset.code) {
      throw new Error(`Enter did not select ${next.dataset.code}: ${chosen.join()}`);
    }
  },
};

export const CityLevel: Story = {
  args: { level: "city" },
  play: async (context) => {
    await settled(context, "ready");
  },
};

export const ByValue: Story = {
  name: "Coloured by value",
  args: { "color-by": "value", indicator: "youths-registered" },
  play: async (context) => {
    const element = await settled(context, "ready");
    part(element, "legend");
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
    const element = canvasElement.querySelector("zc-progress-map");
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
  args: { src: "/__story/once.json?story=zc-progress-map-stale" },
  play: async (context) => {
    const element = await settled(context, "ready");
    const state = await element.reload();
    if (state !== "stale") throw new Error(`expected stale, got ${state}`);
  },
};
