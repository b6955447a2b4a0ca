// Stories of <zc-needs-breakdown>: every state, each level, language and theme. apps/storybook runs each
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
import type { ZcNeedsBreakdown } from "./needs-breakdown.js";

interface Args {
  src: string;
  region: string;
  lang: string;
  theme: string;
}
type Story = KitStory<Args>;

const settled = (context: Play, state: string) =>
  settledAs<ZcNeedsBreakdown>(context, "zc-needs-breakdown", state);
const states = stateStories("zc-needs-breakdown");

export default {
  title: "Elements/zc-needs-breakdown",
  component: "zc-needs-breakdown",
  args: { src: sampleFeedUrl, region: "", lang: "zh-CN", theme: "" },
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

export const English = states.English;

export const Dark = states.Dark;

export const Loading = states.Loading;

export const NoSource = states.NoSource;

export const Error503 = states.Error503;

export const Stale = states.Stale;
