// Script and markup injection through the feed's text fields and through every attribute of
// every element: nothing runs, nothing is drawn as markup, the text shows as text, and CSV
// downloads neutralise formulas. SYNTHETIC data only.
import { describe, expect, it } from "vitest";
import type { ZcElement } from "../../src/base/zc-element.js";
import "../../src/index.js";
import { blobFeedUrl, feedUrl, mount } from "../fixtures.js";
import { makeFeed } from "../make-feed.js";
import {
  deepText,
  elementTags,
  expectHarmless,
  formulaPayloads,
  guardPage,
  hostileFeed,
  injectedMarkup,
  letPayloadsFire,
  scriptPayloads,
  takePwned,
} from "./hostile.js";

/** Downloads a file from an element, catching it through the cancellable zc-download event. */
async function download(el: ZcElement, format: "csv" | "svg"): Promise<string | undefined> {
  let blob: Blob | undefined;
  const take = (e: Event) => {
    const detail = (e as CustomEvent<{ format: string; blob: Blob }>).detail;
    if (detail.format === format) {
      e.preventDefault();
      blob = detail.blob;
    }
  };
  el.addEventListener("zc-download", take);
  try {
    if (format === "csv") await el.downloadCsv();
    else await el.downloadSvg();
  } finally {
    el.removeEventListener("zc-download", take);
  }
  return blob ? (await blob.text()).replace(/^\uFEFF/, "") : undefined;
}

/** RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = "";
    if (csv[i] === '"') {
      i++;
      while (i < csv.length) {
        if (csv[i] === '"' && csv[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (csv[i] === '"') {
          i++;
          break;
        } else cell += csv[i++];
      }
    }
    while (i < csv.length && csv[i] !== "," && csv[i] !== "\r") cell += csv[i++];
    cells.push(cell);
    if (csv[i] === ",") i++;
    else if (csv[i] === "\r") i += 2;
  }
  return cells;
}

describe("the injection checks themselves", () => {
  it("see a payload that is parsed as markup: the flag is set and the element is found", async () => {
    const host = document.createElement("div");
    host.attachShadow({ mode: "open" }).innerHTML = scriptPayloads[0];
    document.body.append(host);
    await letPayloadsFire();
    expect(takePwned()).toBe(1);
    expect(injectedMarkup(host)).toEqual(["<img> in <div>", "onerror= on <img>"]);
  });
});

describe("a payload in every text field of the feed", () => {
  // Half the payloads go in through `.feed` in Chinese, half through `src` in English.
  it.each(scriptPayloads.map((payload, i) => [payload, i % 2 === 0 ? "feed" : "src"]))(
    "never runs or becomes markup, and shows as text: %s (via %s)",
    async (payload, via) => {
      const guard = guardPage();
      try {
        const feed = hostileFeed(payload);
        const url = blobFeedUrl(JSON.stringify(feed));
        const elements = await Promise.all(
          elementTags.map((tag) =>
            via === "feed"
              ? mount<ZcElement>(tag, {}, { feed })
              : mount<ZcElement>(tag, { src: url, lang: "en" }),
          ),
        );
        for (const el of elements) {
          expect(el.state, el.localName).toBe("ready");
          // The provenance line of every element names the source: the payload, verbatim.
          expect(deepText(el), el.localName).toContain(`${payload} source`);
          el.toggleTable(true);
        }
        await Promise.all(elements.map((el) => el.updateComplete));
        await expectHarmless(elements, guard);
      } finally {
        guard.stop();
      }
    },
    60_000,
  );

  it.each(elementTags)(
    "gives <%s> SVG downloads whose text is text",
    async (tag) => {
      for (const payload of scriptPayloads) {
        const el = await mount<ZcElement>(tag, {}, { feed: hostileFeed(payload) });
        const svgText = (await download(el, "svg")) ?? "";
        expect(svgText).toContain("<svg");
        const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
        expect(doc.querySelector("parsererror"), svgText.slice(0, 200)).toBeNull();
        // The provenance under the chart names the source: the payload, as text.
        expect(doc.documentElement.textContent).toContain(`${payload} source`);
        const all = [...doc.querySelectorAll("*")];
        expect(all.filter((n) => /^(script|foreignObject|iframe|img)$/i.test(n.localName))).toEqual(
          [],
        );
        expect(
          all
            .flatMap((n) => [...n.attributes].filter((a) => /^on/i.test(a.name)))
            .map((a) => a.name),
        ).toEqual([]);
        el.remove();
      }
    },
    120_000,
  );
});

describe("CSV downloads", () => {
  it.each(elementTags)(
    "of <%s> start no cell with = + - @ tab or CR",
    async (tag) => {
      for (const payload of formulaPayloads) {
        const el = await mount<ZcElement>(tag, {}, { feed: hostileFeed(payload) });
        expect(el.state).toBe("ready");
        const csv = await download(el, "csv");
        expect(csv).toBeDefined();
        const cells = csvCells(csv ?? "");
        const dangerous = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
        expect(dangerous).toEqual([]);
        el.remove();
      }
    },
    60_000,
  );

  it("keeps the formula text, behind an apostrophe, where feed text is a cell", async () => {
    const payload = formulaPayloads[0];
    // The pairing diagram's table has a column of the pairings' sources.
    const el = await mount<ZcElement>("zc-pairing-diagram", {}, { feed: hostileFeed(payload) });
    const csv = await download(el, "csv");
    expect(csvCells(csv ?? "").some((c) => c.startsWith(`'${payload}`))).toBe(true);
  });
});

// Values for attributes besides the script payloads: odd numbers, odd URLs, odd codes.
const oddValues = [
  "",
  " ",
  "-1",
  "0",
  "1e9",
  "99999999999999999999",
  "NaN",
  "Infinity",
  "http://[",
  "//[::1",
  "data:text/html,<script>window.__zcPwned=1</script>",
  "about:blank",
  "x".repeat(10_000),
  "__proto__",
  "constructor",
  "440000; background:url(javascript:alert(1))",
] as const;

const attributeValues = [...scriptPayloads, ...oddValues];

describe("a payload in every attribute of every element", () => {
  it.each(elementTags)(
    "<%s>: nothing runs or becomes markup, no uncaught error",
    async (tag) => {
      const attributes = (
        customElements.get(tag) as unknown as { observedAttributes: readonly string[] }
      ).observedAttributes;
      expect(attributes).toContain("src");
      const src = feedUrl("feed.json");
      const guard = guardPage();
      try {
        // One element per attribute, given every value in turn.
        const elements = await Promise.all(attributes.map(() => mount<ZcElement>(tag, { src })));
        for (const value of attributeValues) {
          for (const [i, name] of attributes.entries()) elements[i]?.setAttribute(name, value);
          for (const [i, el] of elements.entries()) {
            await el.whenSettled();
            expect(["ready", "empty", "error"], `${attributes[i]}=${value}`).toContain(el.state);
          }
        }
        await expectHarmless(elements, guard);
      } finally {
        guard.stop();
      }
    },
    120_000,
  );

  it.each(scriptPayloads)(
    "the map's approval number shows as text: %s",
    async (payload) => {
      const guard = guardPage();
      try {
        const geo = JSON.stringify({
          type: "FeatureCollection",
          features: ["441422", "441426"].map((code, i) => ({
            type: "Feature",
            properties: { adcode: Number(code), name: payload },
            geometry: {
              type: "Polygon",
              coordinates: [
                [
                  [110 + i, 22],
                  [111 + i, 22],
                  [111 + i, 23],
                  [110 + i, 22],
                ],
              ],
            },
          })),
        });
        const el = await mount<ZcElement>(
          "zc-progress-map",
          { "geo-src": blobFeedUrl(geo), "approval-number": payload },
          { feed: makeFeed() },
        );
        // The boundary file loads after the feed: wait until the map says it is drawn.
        for (let i = 0; i < 100 && deepText(el).includes("正在加载地图边界"); i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(deepText(el)).toContain(payload);
        await expectHarmless([el], guard);
      } finally {
        guard.stop();
      }
    },
    60_000,
  );
});
