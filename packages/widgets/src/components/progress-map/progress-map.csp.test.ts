import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mount, shadow } from "../../../test/fixtures.js";
import { makeFeed } from "../../../test/make-feed.js";
import "./index.js";
import type { ZcProgressMap } from "./progress-map.js";

// The map on a page served with issue 6's policy, in real Chromium. A <meta> policy added by
// script is enforced from then on, for the rest of this file's page (each test file has its
// own), so every test below runs under it. SYNTHETIC feed (test/make-feed.ts) and boundary file
// (synthetic-squares.geojson: four unit squares near Guangdong).

const policy = "default-src 'self'; script-src 'self'; style-src 'self'";

interface Violation {
  readonly directive: string;
  readonly sample: string;
  readonly where: string;
}

const violations: Violation[] = [];
const record = (event: SecurityPolicyViolationEvent) => {
  const target = event.composedPath()[0];
  violations.push({
    directive: event.effectiveDirective,
    sample: event.sample,
    where: target instanceof Element ? target.outerHTML.slice(0, 120) : String(target),
  });
};

beforeAll(async () => {
  document.addEventListener("securitypolicyviolation", record);
  const meta = document.createElement("meta");
  meta.httpEquiv = "Content-Security-Policy";
  meta.content = policy;
  document.head.append(meta);
  // The control: a style attribute set by markup parsing is blocked and reported, so the
  // policy is in force and a violation would be seen.
  const probe = document.createElement("div");
  probe.innerHTML = `<p style="color: rgb(1, 2, 3)">probe</p>`;
  document.body.append(probe);
  await vi.waitFor(() => expect(violations.map((v) => v.directive)).toContain("style-src-attr"), {
    timeout: 10_000,
  });
  expect(getComputedStyle(probe.firstElementChild as Element).color).not.toBe("rgb(1, 2, 3)");
  violations.length = 0;
});

afterAll(async () => {
  // Nothing reported after the last test's check.
  expect(await settledViolations()).toEqual([]);
  document.removeEventListener("securitypolicyviolation", record);
});

vi.setConfig({ testTimeout: 30_000 });

const fillOf = (el: Element, code: string) =>
  getComputedStyle(
    shadow(el).querySelector(`g.cell[data-code="${code}"] .fill`) as Element,
  ).getPropertyValue("fill");

// Violations are reported asynchronously (in a task after the one that caused them), in the
// order they happened: a probe violation caused now arrives after every earlier one, so once it
// is seen nothing earlier can still be on its way.
let probes = 0;
const settledViolations = async () => {
  probes += 1;
  const probe = document.createElement("p");
  probe.dataset.cspProbe = String(probes);
  document.body.append(probe);
  probe.setAttribute("style", "color: rgb(1, 2, 3)");
  const marker = `data-csp-probe="${probes}"`;
  await vi.waitFor(() => expect(violations.some((v) => v.where.includes(marker))).toBe(true), {
    timeout: 10_000,
  });
  probe.remove();
  return violations.splice(0).filter((v) => !v.where.includes("data-csp-probe"));
};

describe(`<zc-progress-map> under "${policy}"`, () => {
  it.each([
    ["tiles by status", {}, "441426", "rgb(217, 220, 225)"],
    ["tiles by value", { "color-by": "value", month: "2016-09" }, "441882", "rgb(44, 127, 184)"],
    [
      "tiles by value, a withheld figure",
      { "color-by": "value", month: "2016-09" },
      "441481",
      'url("#map-withheld")',
    ],
    ["city level", { level: "city" }, "441400", "rgb(0, 114, 178)"],
  ])(
    "draws %s with no policy violation and its themed fills",
    async (_, attributes, code, fill) => {
      const el = await mount<ZcProgressMap>("zc-progress-map", attributes, { feed: makeFeed() });
      expect(el.state).toBe("ready");
      expect(shadow(el).querySelectorAll("[style]:not(.map, .tooltip)")).toHaveLength(0);
      expect(fillOf(el, code)).toContain(fill);
      expect(await settledViolations()).toEqual([]);
    },
  );

  it("sets the map's width through the CSSOM", async () => {
    const el = await mount<ZcProgressMap>(
      "zc-progress-map",
      { level: "city" },
      { feed: makeFeed() },
    );
    const map = shadow(el).querySelector(".map") as HTMLElement;
    // 8 columns of 40 units, drawn at 1.5× at city level.
    expect(getComputedStyle(map).getPropertyValue("--_zc-map-width")).toBe("480px");
    expect(await settledViolations()).toEqual([]);
  });

  it("draws partner boundaries (status patterns) with no policy violation", async () => {
    const el = await mount<ZcProgressMap>(
      "zc-progress-map",
      {
        "geo-src": new URL("./synthetic-squares.geojson", import.meta.url).pathname,
        "approval-number": "粤S(2099)000号",
      },
      { feed: makeFeed() },
    );
    // The boundary chunk is imported on demand: a busy machine may take over 1 s (the default).
    await vi.waitFor(() => expect(shadow(el).querySelectorAll(".shape")).toHaveLength(4), {
      timeout: 10_000,
    });
    expect(fillOf(el, "441426")).toContain('url("#map-status-no-target")');
    const ground = shadow(el).querySelector("#map-status-no-target > rect") as Element;
    expect(getComputedStyle(ground).getPropertyValue("fill")).toBe("rgb(217, 220, 225)");
    expect(await settledViolations()).toEqual([]);
  });

  it("shows the tooltip and the data table with no policy violation", async () => {
    const el = await mount<ZcProgressMap>("zc-progress-map", {}, { feed: makeFeed() });
    (shadow(el).querySelector('g.cell[data-code="441422"]') as SVGGElement).focus();
    el.toggleTable(true);
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLElement>(".tooltip")?.hidden).toBe(false);
    expect(await settledViolations()).toEqual([]);
  });
});
