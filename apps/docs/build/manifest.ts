import { readFileSync } from "node:fs";
import type { ElementApi, NamedDoc } from "../src/common/element-api.js";

interface CemDoc {
  name?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
}
interface CemDeclaration extends CemDoc {
  customElement?: boolean;
  tagName?: string;
  attributes?: CemDoc[];
  cssProperties?: CemDoc[];
  cssParts?: CemDoc[];
  events?: CemDoc[];
}
interface CemManifest {
  modules?: { declarations?: CemDeclaration[] }[];
}

const docs = (items: CemDoc[] | undefined): NamedDoc[] => {
  const seen = new Set<string>();
  const out: NamedDoc[] = [];
  for (const item of items ?? []) {
    if (!item.name || seen.has(item.name)) continue;
    seen.add(item.name);
    out.push({ name: item.name, description: item.description ?? "" });
  }
  return out;
};

/**
 * The elements of custom-elements.json, sorted by tag, in the shape the site uses.
 *
 * @example
 * readElementApis(manifestPath).map((e) => e.tag) //=> ["zc-dashboard", …, "zc-target-progress"]
 */
export function readElementApis(manifestPath: string): ElementApi[] {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as CemManifest;
  const elements: ElementApi[] = [];
  for (const module of manifest.modules ?? []) {
    for (const d of module.declarations ?? []) {
      if (!d.customElement || !d.tagName?.startsWith("zc-")) continue;
      elements.push({
        tag: d.tagName,
        summary: d.summary ?? d.description ?? "",
        attributes: (d.attributes ?? [])
          .filter((a): a is CemDoc & { name: string } => Boolean(a.name))
          .map((a) => ({
            name: a.name,
            type: a.type?.text ?? "string",
            default: a.default,
            description: a.description ?? "",
          })),
        cssProperties: docs(d.cssProperties),
        cssParts: docs(d.cssParts),
        events: docs(d.events),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The words around the generated theming tables, so that each language's page has its own. */
export interface ThemingWording {
  /** The header row of the custom-property table (three cells). */
  readonly propertyHeader: string;
  /** Joins the tags of the elements that document a property. */
  readonly tagSeparator: string;
  readonly partsHeading: string;
  readonly partsOf: (tag: string) => string;
  /** The header row of each element's parts table (two cells). */
  readonly partHeader: string;
  /** Wraps a description taken from the elements' JSDoc (written in English). */
  readonly description: (text: string) => string;
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** The English tables' words. */
export const englishTheming: ThemingWording = {
  propertyHeader: "| Custom property | What it sets | Documented by |",
  tagSeparator: ", ",
  partsHeading: "Parts of each element",
  partsOf: (tag) => `\`${tag}\` parts`,
  partHeader: "| Part | What it is |",
  description: cell,
};

/**
 * The theming reference as Markdown tables, generated from the manifest: every CSS custom
 * property with the elements that document it, then each element's parts.
 *
 * @example
 * themingTables(apis).startsWith("| Custom property |") //=> true
 */
export function themingTables(
  apis: readonly ElementApi[],
  wording: ThemingWording = englishTheming,
): string {
  const properties = new Map<string, { description: string; tags: string[] }>();
  for (const api of apis) {
    for (const p of api.cssProperties) {
      const entry = properties.get(p.name) ?? { description: p.description, tags: [] };
      entry.tags.push(`\`${api.tag}\``);
      properties.set(p.name, entry);
    }
  }
  const propertyRows = [...properties.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, p]) =>
        `| \`${name}\` | ${wording.description(p.description)} | ${p.tags.join(wording.tagSeparator)} |`,
    );
  const partSections = apis.map((api) =>
    [
      `### ${wording.partsOf(api.tag)}`,
      "",
      wording.partHeader,
      "|---|---|",
      ...api.cssParts.map(
        (p) => `| \`::part(${p.name})\` | ${wording.description(p.description)} |`,
      ),
    ].join("\n"),
  );
  return [
    wording.propertyHeader,
    "|---|---|---|",
    ...propertyRows,
    "",
    `## ${wording.partsHeading}`,
    "",
    partSections.join("\n\n"),
  ].join("\n");
}
