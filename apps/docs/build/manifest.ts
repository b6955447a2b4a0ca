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

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * The theming reference as Markdown tables, generated from the manifest: every CSS custom
 * property with the elements that document it, then each element's parts.
 *
 * @example
 * themingTables(apis).startsWith("| Custom property |") //=> true
 */
export function themingTables(apis: readonly ElementApi[]): string {
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
    .map(([name, p]) => `| \`${name}\` | ${cell(p.description)} | ${p.tags.join(", ")} |`);
  const partSections = apis.map((api) =>
    [
      `### \`${api.tag}\` parts`,
      "",
      "| Part | What it is |",
      "|---|---|",
      ...api.cssParts.map((p) => `| \`::part(${p.name})\` | ${cell(p.description)} |`),
    ].join("\n"),
  );
  return [
    "| Custom property | What it sets | Documented by |",
    "|---|---|---|",
    ...propertyRows,
    "",
    "## Parts of each element",
    "",
    partSections.join("\n\n"),
  ].join("\n");
}
