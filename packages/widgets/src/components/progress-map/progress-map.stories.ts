// Stories of <zc-progress-map>: every state, each level, language and theme. apps/storybook runs each
// one as a test in Chromium: its play function, then axe-core. CSF is typed here rather than
// imported, so the widgets package needs no Storybook dependency.
import { html, nothing } from "lit";
import "./index.js";
import {
  type Story as KitStory,
  type Play,
  part,
  sampleFeedUrl,
  settled as settledAs,
  stateStories,
} from "../../stories/story-kit.js";
import type { ZcProgressMap } from "./progress-map.js";

interface Args {
  src: string;
  level: string;
  indicator: string;
  "color-by": string;
  lang: string;
  theme: string;
}
type Story = KitStory<Args>;

const settled = (context: Play, state: string) =>
  settledAs<ZcProgressMap>(context, "zc-progress-map", state);
const states = stateStories("zc-progress-map");

export default {
  title: "Elements/zc-progress-map",
  component: "zc-progress-map",
  args: {
    src: sampleFeedUrl,
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
    const element = await settled(context, "ready");
    const cells = element.shadowRoot?.querySelectorAll("g.cell").length;
    if (cells !== 21) throw new Error(`expected 21 city cells, got ${cells}`);
  },
};

export const ByValue: Story = {
  name: "Coloured by value",
  args: { "color-by": "value", indicator: "youths-registered" },
  play: async (context) => {
    const element = await settled(context, "ready");
    part(element, "legend");
    if (!element.shadowRoot?.querySelector('g.cell [class*="fill-class-"]')) {
      throw new Error("no cell is coloured by value class");
    }
  },
};

export const English = states.English;

export const Dark = states.Dark;

export const Loading = states.Loading;

export const NoSource = states.NoSource;

export const Error503 = states.Error503;

export const Stale = states.Stale;
