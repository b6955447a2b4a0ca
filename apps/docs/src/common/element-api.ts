/**
 * What the site needs to know of each element, taken at build time from the widgets'
 * custom-elements.json (never written by hand): see build/manifest.ts.
 */
export interface ElementApi {
  readonly tag: string;
  readonly summary: string;
  readonly attributes: readonly ElementAttribute[];
  readonly cssProperties: readonly NamedDoc[];
  readonly cssParts: readonly NamedDoc[];
  readonly events: readonly NamedDoc[];
}

/** One attribute of an element. */
export interface ElementAttribute {
  readonly name: string;
  /** The TypeScript type as written, e.g. `"s" | "m" | "l" | "xl"`. */
  readonly type: string;
  readonly default: string | undefined;
  readonly description: string;
}

/** A documented name: CSS custom property, part or event. */
export interface NamedDoc {
  readonly name: string;
  readonly description: string;
}

/**
 * The string literal choices of an attribute's type, if it is a union of literals.
 *
 * @example
 * attributeChoices({ name: "size", type: '"s" | "m" | "l" | "xl"', default: '"m"', description: "" })
 * //=> ["s", "m", "l", "xl"]
 */
export function attributeChoices(attribute: ElementAttribute): string[] {
  const parts = attribute.type
    .split("|")
    .map((p) => p.trim())
    .filter((p) => p !== "undefined");
  return parts.every((p) => /^"[^"]*"$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}
