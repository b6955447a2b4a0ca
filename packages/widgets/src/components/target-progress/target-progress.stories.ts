// Stories of <zc-target-progress>: every state, each level, language and theme. apps/storybook runs each
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
import type { ZcTargetProgress } from "./target-progress.js";

interface Args {
  src: string;
  indicator: string;
  region: string;
  lang: string;
  theme: string;
}
type Story = KitStory<Args>;

const settled = (context: Play, state: string) =>
  settledAs<ZcTargetProgress>(context, "zc-target-progress", state);
const states = stateStories("zc-target-progress");

export default {
  title: "Elements/zc-target-progress",
  component: "zc-target-progress",
  args: { src: sampleFeedUrl, indicator: "youths-covered", region: "", lang: "zh-CN", theme: "" },
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

export const English = states.English;

export const Dark = states.Dark;

export const Loading = states.Loading;

export const NoSource = states.NoSource;

export const Error503 = states.Error503;

export const Stale = states.Stale;
