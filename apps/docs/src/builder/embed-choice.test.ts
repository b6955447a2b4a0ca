import { describe, expect, it } from "vitest";
import type { ElementApi } from "../common/element-api.js";
import { type EmbedChoice, embedAttributes, embedControls } from "./embed-choice.js";

const api = (tag: string, attributes: string[]): ElementApi => ({
  tag,
  summary: "",
  attributes: attributes.map((name) => ({
    name,
    type: "string",
    default: undefined,
    description: "",
  })),
  cssProperties: [],
  cssParts: [],
  events: [],
});
const stat = api("zc-stat", ["indicator", "region", "month", "size", "src", "lang", "theme"]);
const map = api("zc-progress-map", ["level", "indicator", "color-by", "src", "lang", "theme"]);
const timeline = api("zc-phase-timeline", ["src", "lang", "theme"]);

const choice: EmbedChoice = {
  element: "zc-stat",
  indicator: "v-stations",
  level: "city",
  region: "441400",
  theme: "auto",
  lang: "en",
  width: 480,
  size: "m",
};

describe("embedControls", () => {
  it.each([
    [stat, { indicator: true, level: "region", size: true }],
    [map, { indicator: true, level: "map", size: false }],
    [timeline, { indicator: false, level: "none", size: false }],
  ])("reads which controls apply to <$tag> from its attributes", (element, expected) => {
    expect(embedControls(element)).toEqual(expected);
  });
});

describe("embedAttributes", () => {
  it.each([
    [
      "a city figure",
      stat,
      choice,
      [
        ["indicator", "v-stations"],
        ["region", "441400"],
        ["lang", "en"],
      ],
    ],
    [
      "the province (no region)",
      stat,
      { ...choice, level: "province" },
      [
        ["indicator", "v-stations"],
        ["lang", "en"],
      ],
    ],
    [
      "an xl dark figure",
      stat,
      { ...choice, level: "province", size: "xl", theme: "dark" },
      [
        ["indicator", "v-stations"],
        ["size", "xl"],
        ["theme", "dark"],
        ["lang", "en"],
      ],
    ],
    [
      "a city-level map",
      map,
      choice,
      [
        ["indicator", "v-stations"],
        ["level", "city"],
        ["lang", "en"],
      ],
    ],
    [
      "the timeline (language only)",
      timeline,
      { ...choice, theme: "light" },
      [
        ["theme", "light"],
        ["lang", "en"],
      ],
    ],
  ] as const)("%s", (_, element, chosen, expected) => {
    expect(embedAttributes(chosen as EmbedChoice, element)).toEqual(expected);
  });
});
