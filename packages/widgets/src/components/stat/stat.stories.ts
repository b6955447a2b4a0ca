// Stories of <zc-stat>: every state, level, language and theme. apps/storybook runs each one as
// a test in Chromium: its play function, then axe-core. CSF is typed here rather than imported,
// so the widgets package needs no Storybook dependency.
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
import type { ZcStat } from "./stat.js";

interface Args {
  src: string;
  indicator: string;
  region: string;
  size: string;
  lang: string;
  theme: string;
}
type Story = KitStory<Args>;

const settled = (context: Play, state: string) => settledAs<ZcStat>(context, "zc-stat", state);
const states = stateStories("zc-stat", "stat");

export default {
  title: "Elements/zc-stat",
  component: "zc-stat",
  args: {
    src: sampleFeedUrl,
    indicator: "youths-covered",
    region: "",
    size: "m",
    lang: "zh-CN",
    theme: "",
  },
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

export const English = states.English;

export const Dark = states.Dark;

export const ExtraLarge: Story = {
  args: { size: "xl", indicator: "star-organisations" },
  play: async (context) => {
    await settled(context, "ready");
  },
};

export const Loading = states.Loading;

export const NoSource = states.NoSource;

export const NoFigure: Story = {
  name: "Empty (indicator not in the feed for the region)",
  args: { region: "999999" },
  play: async (context) => {
    await settled(context, "empty");
  },
};

export const Error503 = states.Error503;

export const InvalidFeed: Story = {
  name: "Error (not a valid feed)",
  args: { src: "/__story/not-a-feed.json" },
  play: async (context) => {
    await settled(context, "error");
  },
};

export const Stale = states.Stale;
