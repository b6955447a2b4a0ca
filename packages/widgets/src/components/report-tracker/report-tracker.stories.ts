// Stories of <zc-report-tracker>: every state, language and theme. apps/storybook runs each
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
import type { ZcReportTracker } from "./report-tracker.js";

interface Args {
  src: string;
  months: number;
  lang: string;
  theme: string;
}
type Story = KitStory<Args>;

const settled = (context: Play, state: string) =>
  settledAs<ZcReportTracker>(context, "zc-report-tracker", state);
const states = stateStories("zc-report-tracker");

export default {
  title: "Elements/zc-report-tracker",
  component: "zc-report-tracker",
  args: { src: sampleFeedUrl, months: 6, lang: "zh-CN", theme: "" },
  render: (a: Args) =>
    html`<zc-report-tracker
      src=${a.src || nothing}
      months=${a.months}
      lang=${a.lang}
      theme=${a.theme || nothing}
    ></zc-report-tracker>`,
};

export const LastMonths: Story = {
  name: "The last six months",
  play: async (context) => {
    const element = await settled(context, "ready");
    // The unit's column and the count column, and one per month.
    const months = part(element, "grid").querySelectorAll("thead th").length - 2;
    if (months !== 6) throw new Error(`expected 6 months, got ${months}`);
    part(element, "legend");
  },
};

export const LastYear: Story = {
  name: "The last twelve months",
  args: { months: 12 },
  play: async (context) => {
    const element = await settled(context, "ready");
    const months = part(element, "grid").querySelectorAll("thead th").length - 2;
    if (months !== 12) throw new Error(`expected 12 months, got ${months}`);
  },
};

export const English = states.English;

export const Dark = states.Dark;

export const Loading = states.Loading;

export const NoSource = states.NoSource;

export const Error503 = states.Error503;

export const Stale = states.Stale;
