import type { ElementApi } from "../common/element-api.js";
import type { SiteLang } from "../common/lang.js";

/** What the builder's form says. */
export interface EmbedChoice {
  readonly element: string;
  readonly indicator: string;
  readonly level: "province" | "city" | "county";
  /** A region code of `level` (city or county), or `""`. */
  readonly region: string;
  readonly theme: "auto" | "light" | "dark";
  readonly lang: SiteLang;
  /** Maximum width in CSS pixels, or `null` for the container's full width. */
  readonly width: number | null;
  /** `zc-stat`'s figure size. */
  readonly size: string;
}

/** Which of the builder's controls mean something for an element (from its attributes). */
export interface EmbedControls {
  readonly indicator: boolean;
  /** `map`: the element has `level` (city or county); `region`: it has `region`; else none. */
  readonly level: "map" | "region" | "none";
  readonly size: boolean;
}

/**
 * The controls that apply to an element, read from its attributes in custom-elements.json.
 *
 * @example
 * embedControls(zcStatApi) //=> { indicator: true, level: "region", size: true }
 */
export function embedControls(api: ElementApi): EmbedControls {
  const has = (name: string) => api.attributes.some((a) => a.name === name);
  return {
    indicator: has("indicator"),
    level: has("level") ? "map" : has("region") ? "region" : "none",
    size: has("size"),
  };
}

/**
 * The attributes (besides `src`) that put an element in the chosen configuration, in a stable
 * order; attributes left at the element's default are omitted so snippets stay short.
 *
 * @example
 * embedAttributes(choice, zcStatApi)
 * //=> [["indicator", "v-stations"], ["region", "441400"], ["lang", "en"]]
 */
export function embedAttributes(choice: EmbedChoice, api: ElementApi): [string, string][] {
  const controls = embedControls(api);
  const attributes: [string, string][] = [];
  if (controls.indicator) attributes.push(["indicator", choice.indicator]);
  if (controls.level === "map" && choice.level !== "province") {
    attributes.push(["level", choice.level]);
  }
  if (controls.level === "region" && choice.level !== "province" && choice.region) {
    attributes.push(["region", choice.region]);
  }
  if (controls.size && choice.size && choice.size !== "m") attributes.push(["size", choice.size]);
  if (choice.theme !== "auto") attributes.push(["theme", choice.theme]);
  attributes.push(["lang", choice.lang]);
  return attributes;
}
