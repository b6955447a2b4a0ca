import { describe, expect, it } from "vitest";
import { feedUrl, mount, requestCount } from "../test/fixtures.js";
import { elementTags } from "../test/hardening/hostile.js";
import * as download from "./download/index.js";
import type { ZcElement } from "./index.js";
import * as entry from "./index.js";

// Four elements with one feed: enough to show that they share its request.
const tags = ["zc-stat", "zc-target-progress", "zc-phase-timeline", "zc-needs-breakdown"];

describe("@zhucan/widgets", () => {
  it("registers every element of the package entry", () => {
    expect(entry.ZcElement).toBeTypeOf("function");
    expect(elementTags).toHaveLength(8);
    for (const tag of elementTags) expect(customElements.get(tag), tag).toBeTypeOf("function");
  });

  // The elements fetch the download code on the first download; a re-export from the main entry
  // would put it into every application that imports the package.
  it.each(["tableToCsv", "csvBlob", "exportSvg", "svgBlob", "svgToPng", "saveFile", "fileName"])(
    "offers %s from @zhucan/widgets/download, not from the main entry",
    (name) => {
      expect(download).toHaveProperty(name, expect.any(Function));
      expect(entry).not.toHaveProperty(name);
    },
  );

  it("makes one request per feed URL however many elements show it", async () => {
    const src = feedUrl("slow/50", "page");
    const first = await Promise.all(tags.map((tag) => mount<ZcElement>(tag, { src })));
    const later = await mount<ZcElement>("zc-stat", { src, indicator: "v-stations" });
    expect([...first, later].map((el) => el.state)).toEqual([
      "ready",
      "ready",
      "ready",
      "ready",
      "ready",
    ]);
    expect(await requestCount("page")).toBe(1);
  });

  it("makes one request per URL even for failures, and one more on retry", async () => {
    const src = feedUrl("status/500", "failing");
    const elements = await Promise.all(tags.map((tag) => mount<ZcElement>(tag, { src })));
    expect(elements.map((el) => el.feedError?.status)).toEqual([500, 500, 500, 500]);
    expect(await requestCount("failing")).toBe(1);
    await elements[0]?.reload();
    expect(await requestCount("failing")).toBe(2);
  });
});
