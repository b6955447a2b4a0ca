// The self-contained widgets bundle on a partner's page served with a strict
// Content-Security-Policy (no inline script or style, no eval), in Debian's Chromium: every
// element reaches its ready state, draws exactly what it draws without the policy, and the
// page records no policy violation, console error or uncaught exception. SYNTHETIC data only
// (the site's sample feed).
import type { Browser, BrowserContext } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../browser.js";
import {
  type HostilePageServer,
  startHostilePageServer,
  strictPolicy,
} from "./hostile-page-server.js";
import { readyStates, visit } from "./visit-page.js";

let strict: HostilePageServer;
let open: HostilePageServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  strict = await startHostilePageServer({ policy: strictPolicy });
  open = await startHostilePageServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await strict?.close();
  await open?.close();
});

describe.each([
  ["ES module", "esm.html"],
  ["classic script", "iife.html"],
])("the %s bundle under `default-src 'self'; script-src 'self'; style-src 'self'`", (_, file) => {
  it("brings every element to its ready state with no violation, console error or exception", async () => {
    const report = await visit(context, `${strict.url}/${file}`);
    expect(report.states).toEqual(readyStates);
    expect(report.violations).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.errors).toEqual([]);
    await report.page.close();
  });

  it("draws exactly what it draws without the policy", async () => {
    const withPolicy = await visit(context, `${strict.url}/${file}`);
    const without = await visit(context, `${open.url}/${file}`);
    expect(without.states).toEqual(readyStates);
    expect(withPolicy.drawing).toEqual(without.drawing);
    await withPolicy.page.close();
    await without.page.close();
  });
});
