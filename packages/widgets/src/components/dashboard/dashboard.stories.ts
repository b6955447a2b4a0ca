// Stories of <zc-dashboard>: every state, each level, language and theme. apps/storybook runs each
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
import type { ZcDashboard } from "./dashboard.js";

interface Args {
  src: string;
  region: string;
  indicator: string;
  "map-level": string;
  lang: string;
  theme: string;
}
type Story = KitStory<Args>;

const settled = (context: Play, state: string) =>
  settledAs<ZcDashboard>(context, "zc-dashboard", state);
const states = stateStories("zc-dashboard");

export default {
  title: "Elements/zc-dashboard",
  component: "zc-dashboard",
  args: {
    src: sampleFeedUrl,
    region: "",
    indicator: "youths-covered",
    "map-level": "county",
    lang: "zh-CN",
    theme: "",
  },
  render: (a: Args) =>
    html`<zc-dashboard
      src=${a.src || nothing}
      region=${a.region || nothing}
      indicator=${a.indicator}
      map-level=${a["map-level"]}
      lang=${a.lang}
      theme=${a.theme || nothing}
    ></zc-dashboard>`,
};

export const Province: Story = {
  play: async (context) => {
    await settled(context, "ready");
  },
};

export const City: Story = {
  name: "Focused on a city (Meizhou)",
  args: { region: "441400" },
  play: async (context) => {
    const element = await settled(context, "ready");
    if (!part(element, "focus").textContent?.includes("梅州市")) throw new Error("not Meizhou");
  },
};

export const CityMap: Story = {
  name: "City-level map",
  args: { "map-level": "city" },
  play: async (context) => {
    const element = await settled(context, "ready");
    const map = element.shadowRoot?.querySelector("zc-progress-map");
    const cells = map?.shadowRoot?.querySelectorAll("g.cell").length;
    if (cells !== 21) throw new Error(`expected 21 city cells, got ${cells}`);
  },
};

export const English = states.English;

export const Dark = states.Dark;

export const Loading = states.Loading;

export const NoSource = states.NoSource;

export const Error503 = states.Error503;

export const Stale = states.Stale;
