import { describe, expect, it } from "vitest";
import { autoResizeScript } from "../embed/auto-resize.js";
import { embedUrl, iframeSnippet, scriptSnippet } from "./snippets.js";

const urls = {
  script: "https://zhucan.example/zhucan-widgets.js",
  feed: "https://zhucan.example/feed/latest.json",
  embed: "https://zhucan.example/embed.html",
};

describe("scriptSnippet", () => {
  it("loads the self-contained module and one element reading the feed", () => {
    expect(
      scriptSnippet(
        "zc-stat",
        [
          ["indicator", "v-stations"],
          ["lang", "en"],
        ],
        urls,
        480,
      ),
    ).toBe(
      '<script type="module" src="https://zhucan.example/zhucan-widgets.js"></script>\n' +
        '<zc-stat src="https://zhucan.example/feed/latest.json" indicator="v-stations" lang="en" style="display:block;max-width:480px;"></zc-stat>',
    );
  });

  it("escapes attribute values", () => {
    expect(scriptSnippet("zc-stat", [["region", '"><script>']], urls, null)).toContain(
      'region="&quot;&gt;&lt;script&gt;"',
    );
  });
});

describe("embedUrl", () => {
  it.each([
    [
      [["lang", "en"]] as [string, string][],
      "https://zhucan.example/embed.html?element=zc-stat&lang=en",
    ],
    [
      [
        ["indicator", "youths-covered"],
        ["region", "441400"],
      ] as [string, string][],
      "https://zhucan.example/embed.html?element=zc-stat&indicator=youths-covered&region=441400",
    ],
  ])("puts the element and its attributes in the query: %j", (attributes, expected) => {
    expect(embedUrl(urls.embed, "zc-stat", attributes)).toBe(expected);
  });
});

describe("iframeSnippet", () => {
  it("is a titled, lazily loaded iframe marked for auto-resize, then the resize script", () => {
    const snippet = iframeSnippet(
      "https://zhucan.example/embed.html?element=zc-stat",
      "覆盖人数",
      320,
    );
    expect(snippet).toBe(
      '<iframe src="https://zhucan.example/embed.html?element=zc-stat" title="覆盖人数" data-zc-embed loading="lazy" style="display:block;width:100%;max-width:320px;height:420px;border:0"></iframe>\n' +
        autoResizeScript,
    );
  });
});
