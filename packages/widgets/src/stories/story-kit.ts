// What every element's stories share (apps/storybook runs each story as a test in Chromium: its
// play function, then axe-core). CSF is typed here rather than imported from Storybook, so the
// widgets package needs no Storybook dependency. Not part of the package build (tsup skips src/stories).
import type { ZcElement } from "../base/zc-element.js";

/** The sample feed served by the workbench; its special routes are in apps/storybook/.storybook/story-fetch.ts. */
export const sampleFeedUrl = "/feed/latest.json";

/** What a play function receives. */
export interface Play {
  canvasElement: HTMLElement;
  userEvent: { click(target: Element): Promise<void>; keyboard(keys: string): Promise<void> };
}

/** One story of an element whose args are `A`. */
export interface Story<A> {
  name?: string;
  args?: Partial<A>;
  globals?: Record<string, unknown>;
  play?: (context: Play) => Promise<void>;
}

/** The element `tag` in the story's canvas, once it has settled in `state` (throws otherwise). */
export async function settled<E extends ZcElement>(
  { canvasElement }: Play,
  tag: string,
  state: string,
): Promise<E> {
  const element = canvasElement.querySelector<E>(tag);
  if (!element) throw new Error(`<${tag}> was not rendered`);
  const actual = await element.whenSettled();
  if (actual !== state) throw new Error(`expected state "${state}", got "${actual}"`);
  return element;
}

/** The element's shadow part `name` (throws when missing). */
export function part(element: Element, name: string): Element {
  const found = element.shadowRoot?.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`part "${name}" is missing`);
  return found;
}

/** The args every element takes, and all the shared stories set. */
export interface StateArgs {
  src: string;
  lang: string;
  theme: string;
}

/**
 * The stories every element has: English, dark, loading, no source, a 503 error and a stale feed.
 * `staleKey` names the element's route of the stale story (one feed answer, then 503).
 */
export function stateStories(tag: string, staleKey = tag) {
  const ready = (context: Play) => settled(context, tag, "ready");
  return {
    English: {
      args: { lang: "en" },
      play: async (context) => {
        const element = await ready(context);
        if (part(element, "base").getAttribute("lang") !== "en") throw new Error("not in English");
      },
    },
    Dark: {
      args: { theme: "dark" },
      globals: { backgrounds: { value: "dark" } },
      play: async (context) => {
        const element = await ready(context);
        // The dark theme's background: every channel of the element's colour well below mid-grey.
        const channels = getComputedStyle(element).backgroundColor.match(/\d+/g)?.map(Number);
        if (!channels || channels.slice(0, 3).some((c) => c > 64)) {
          throw new Error(`not dark: ${getComputedStyle(element).backgroundColor}`);
        }
      },
    },
    Loading: {
      args: { src: "/__story/hang.json" },
      play: async ({ canvasElement }) => {
        const element = canvasElement.querySelector<ZcElement>(tag);
        await element?.updateComplete;
        if (element?.state !== "loading")
          throw new Error(`expected loading, got ${element?.state}`);
        if (part(element, "base").getAttribute("aria-busy") !== "true") throw new Error("not busy");
      },
    },
    NoSource: {
      name: "Empty (no source)",
      args: { src: "" },
      play: async (context) => {
        await settled(context, tag, "empty");
      },
    },
    Error503: {
      name: "Error (server answers 503)",
      args: { src: "/__story/status-503.json" },
      play: async (context) => {
        const element = await settled(context, tag, "error");
        if (!element.shadowRoot?.querySelector('[role="alert"]')) throw new Error("no alert");
      },
    },
    Stale: {
      name: "Stale (refresh failed, old data shown)",
      args: { src: `/__story/once.json?story=${staleKey}-stale` },
      play: async (context) => {
        const element = await ready(context);
        const state = await element.reload();
        if (state !== "stale") throw new Error(`expected stale, got ${state}`);
      },
    },
  } satisfies Record<string, Story<StateArgs>>;
}
