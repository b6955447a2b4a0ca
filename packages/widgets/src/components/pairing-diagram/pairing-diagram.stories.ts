// Stories of <zc-pairing-diagram>: every state, language and theme. apps/storybook runs each
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
import type { ZcPairingDiagram } from "./pairing-diagram.js";

interface Args {
  src: string;
  selected: string;
  lang: string;
  theme: string;
}
type Story = KitStory<Args>;

const settled = (context: Play, state: string) =>
  settledAs<ZcPairingDiagram>(context, "zc-pairing-diagram", state);
const states = stateStories("zc-pairing-diagram");

export default {
  title: "Elements/zc-pairing-diagram",
  component: "zc-pairing-diagram",
  args: { src: sampleFeedUrl, selected: "", lang: "zh-CN", theme: "" },
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
    const city = part(element, "city");
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
    const element = await settled(context, "ready");
    const pressed = [...(element.shadowRoot?.querySelectorAll('[part~="city"]') ?? [])]
      .filter((city) => city.getAttribute("aria-pressed") === "true")
      .map((city) => city.textContent?.trim());
    if (pressed.length === 0 || !pressed.every((name) => name === "梅州市")) {
      throw new Error(`Meizhou not shown as selected: ${pressed.join()}`);
    }
  },
};

export const English = states.English;

export const Dark = states.Dark;

export const Loading = states.Loading;

export const NoSource = states.NoSource;

export const Error503 = states.Error503;

export const Stale = states.Stale;
