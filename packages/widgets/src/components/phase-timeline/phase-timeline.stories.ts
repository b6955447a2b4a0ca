// Stories of <zc-phase-timeline>: every state, language and theme. apps/storybook runs each
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
import type { ZcPhaseTimeline } from "./phase-timeline.js";

interface Args {
  src: string;
  lang: string;
  theme: string;
}
type Story = KitStory<Args>;

const settled = (context: Play, state: string) =>
  settledAs<ZcPhaseTimeline>(context, "zc-phase-timeline", state);
const states = stateStories("zc-phase-timeline");

export default {
  title: "Elements/zc-phase-timeline",
  component: "zc-phase-timeline",
  args: { src: sampleFeedUrl, lang: "zh-CN", theme: "" },
  render: (a: Args) =>
    html`<zc-phase-timeline
      src=${a.src || nothing}
      lang=${a.lang}
      theme=${a.theme || nothing}
    ></zc-phase-timeline>`,
};

export const Phases: Story = {
  name: "Phases (open one)",
  play: async (context) => {
    const element = await settled(context, "ready");
    const button = part(element, "phase-button");
    const opened: string[] = [];
    element.addEventListener("zc-phase-select", (event) => opened.push(event.detail.phase));
    const before = button.getAttribute("aria-expanded");
    await context.userEvent.click(button);
    if (button.getAttribute("aria-expanded") === before)
      throw new Error("the phase did not toggle");
    if (opened.length !== 1) throw new Error("no zc-phase-select");
  },
};

export const English = states.English;

export const Dark = states.Dark;

export const Loading = states.Loading;

export const NoSource = states.NoSource;

export const Error503 = states.Error503;

export const Stale = states.Stale;
