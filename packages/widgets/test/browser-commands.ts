// Commands the browser tests run on the Playwright page from Node (vitest `browser.commands`).
import type { BrowserCommand } from "vitest/node";
import "@vitest/browser-playwright";

/** What {@link emulateMedia} can set: the reader's colour scheme and motion preference. */
export interface MediaEmulation {
  readonly colorScheme?: "light" | "dark" | null;
  readonly reducedMotion?: "reduce" | "no-preference" | null;
}

/** Emulates the reader's system settings (prefers-color-scheme, prefers-reduced-motion). */
export const emulateMedia: BrowserCommand<[MediaEmulation]> = async (context, media) => {
  await context.page.emulateMedia(media);
};

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateMedia: (media: MediaEmulation) => Promise<void>;
  }
}
