import type { LocalizedText } from "../i18n/localized-text.js";
import { groupDigits } from "../programme/arithmetic.js";
import type { PhaseId } from "../programme/phase-ids.js";
import { getPhase, phases } from "../programme/phases.js";
import { type ProgrammeTarget, type TargetComparison, targetsOf } from "../programme/targets.js";
import {
  countyNorms,
  programmeScale,
  type UnitNorm,
  unitNorms,
  vStationPlaces,
} from "../programme/unit-norms.js";
import {
  type IndicatorAggregation,
  type IndicatorDefinition,
  type IndicatorKind,
  indicators,
} from "./catalog.js";

/** The command that rewrites docs/indicators.md; its first line names it. */
export const indicatorReferenceCommand =
  "cd packages/domain && npx tsup && node scripts/generate-indicator-docs.mjs";

const kinds: Record<IndicatorKind, string> = {
  cumulative: "cumulative — the stock to date at the end of the month (累计)",
  monthly: "monthly — a figure of that month alone (当月)",
};

const aggregations: Record<IndicatorAggregation, string> = {
  sum: "sum — counties add up to their city, cities and Shunde to the province",
  "reporting-units":
    "reporting units — counted over the 22 reporting units (21 cities + Shunde) per month; no county figure",
};

const comparisons: Record<TargetComparison, string> = {
  "at-least": "at least",
  about: "about (约)",
  "more-than-half": "more than half (半数以上)",
  every: "every county (县县)",
};

const both = (text: LocalizedText) => `${text["zh-CN"]} · ${text.en}`;
const phaseName = (id: PhaseId) => {
  const phase = getPhase(id);
  return `${phase.name["zh-CN"]} ${phase.name.en} (${phase.start.slice(0, 4)})`;
};

function targetTable(rows: readonly ProgrammeTarget[]): string[] {
  if (rows.length === 0) return ["No target: the notice states no figure for this indicator."];
  return [
    "| Phase | Target | Wording | Source | Arithmetic | Clause | The notice's words |",
    "|---|---:|---|---|---|---|---|",
    ...rows.map((t) =>
      [
        "",
        phaseName(t.phase),
        groupDigits(t.value),
        comparisons[t.comparison],
        t.derived ? "derived" : "stated",
        t.arithmetic ? `${t.arithmetic.formula}${t.derived ? "" : " (cross-check)"}` : "—",
        t.clause,
        `「${t.quote}」`,
        "",
      ]
        .join(" | ")
        .trim(),
    ),
    ...notesOf(rows),
  ];
}

/** Each distinct note once, with the phases it concerns. */
function notesOf(rows: readonly ProgrammeTarget[]): string[] {
  const byText = new Map<string, { note: LocalizedText; phases: PhaseId[] }>();
  for (const t of rows) {
    if (!t.note) continue;
    const entry = byText.get(t.note.en) ?? { note: t.note, phases: [] };
    entry.phases.push(t.phase);
    byText.set(t.note.en, entry);
  }
  return [...byText.values()].map(
    ({ note, phases: ps }) => `\n${ps.map(phaseName).join(", ")}: ${both(note)}`,
  );
}

function normLines(indicator: IndicatorDefinition): string[] {
  const norm = countyNorms.find((n) => n.indicator === indicator.id);
  const lines: string[] = [];
  if (norm) {
    const how = norm.arithmetic ? ` (${norm.arithmetic.formula})` : "";
    lines.push(
      `- Per county: ${groupDigits(norm.value)}${how}, ${norm.clause}, in ${norm.phases.map(phaseName).join(", ")}; a city: ${groupDigits(norm.value)} × its programme counties.`,
    );
    for (const phase of norm.phases) {
      const province = targetsOf(indicator.id).find((t) => t.phase === phase)?.value;
      const all = norm.value * programmeScale.povertyCounties.value;
      if (province !== undefined && province !== all) {
        lines.push(
          `- In ${phaseName(phase)} the county targets do not add up to the province's: ${programmeScale.povertyCounties.value} × ${groupDigits(norm.value)} = ${groupDigits(all)}, the province target is ${groupDigits(province)} (DECISION, docs/decisions.md).`,
        );
      }
    }
  }
  for (const t of targetsOf(indicator.id)) {
    if (t.arithmetic?.operation === "more-than-half") {
      lines.push(
        `- In ${phaseName(t.phase)}: a city with n programme counties ⌊n ÷ 2⌋ + 1; no per-county target.`,
      );
    }
  }
  return lines.length > 0 ? ["Targets of cities and counties:", "", ...lines] : [];
}

function section(indicator: IndicatorDefinition): string[] {
  const facts = [
    `- Short name: ${both(indicator.shortName)}`,
    `- Unit: ${both(indicator.unit)}`,
    `- Kind: ${kinds[indicator.kind]}`,
    `- Aggregation: ${aggregations[indicator.aggregation]}`,
    `- Counts people: ${indicator.countsPeople ? 'yes — county figures of 1–4 are published as "<5"' : "no"}`,
    ...(indicator.needArea ? [`- Need area: \`${indicator.needArea}\``] : []),
    ...(indicator.headline ? ["- Headline indicator: yes"] : []),
    `- Clause: ${indicator.clause}`,
  ];
  const norms = normLines(indicator);
  return [
    `## ${indicator.name["zh-CN"]} · ${indicator.name.en} (\`${indicator.id}\`)`,
    "",
    ...facts,
    "",
    `${indicator.definition["zh-CN"]}`,
    "",
    `${indicator.definition.en}`,
    "",
    "Province targets:",
    "",
    ...targetTable(targetsOf(indicator.id)),
    ...(norms.length > 0 ? ["", ...norms] : []),
    ...(indicator.notes?.length ? ["", ...indicator.notes.map((n) => `> ${both(n)}`)] : []),
    "",
  ];
}

function normRow(norm: UnitNorm): string {
  const value = `${norm.approximate ? "about " : ""}${groupDigits(norm.value)}`;
  const source = norm.decision ? `${norm.clause} (DECISION)` : norm.clause;
  return `| ${both(norm.name)} | ${value} | ${source} | 「${norm.quote}」 |`;
}

/**
 * The indicator reference (docs/indicators.md) as Markdown, built from the catalog, the targets
 * and the norms, so that the page can never say something the code does not.
 *
 * @example
 * indicatorReference().split("\n")[0]?.startsWith("<!-- Generated") //=> true
 */
export function indicatorReference(): string {
  const lines = [
    `<!-- Generated by \`${indicatorReferenceCommand}\` from packages/domain/src (catalog, targets, norms). Do not edit: a test fails when this file is stale. -->`,
    "",
    "# Indicator reference · 指标说明",
    "",
    "The indicators of the Guangdong disability-assistance volunteer action (团粤联发〔2016〕52号, §三–§六).",
    "Ids are public API. Counts are cumulative stocks at the end of the reported month, except",
    "`reports-on-time`. Targets below are province-wide; a **stated** target is the notice's own",
    "figure, a **derived** one follows from its norms by the arithmetic shown. Progress is measured",
    "with `progressStatus` (docs/decisions.md).",
    "",
    "## Phases",
    "",
    "| Phase | Name | From | To (exclusive) | Clause |",
    "|---|---|---|---|---|",
    ...phases.map((p) => `| \`${p.id}\` | ${both(p.name)} | ${p.start} | ${p.end} | ${p.clause} |`),
    "",
    "## Summary",
    "",
    "| Id | Name | Unit | Kind | Targets |",
    "|---|---|---|---|---|",
    ...indicators.map((i) => {
      const ts = targetsOf(i.id).map((t) => `${t.phase} ${groupDigits(t.value)}`);
      return `| \`${i.id}\` | ${both(i.name)} | ${both(i.unit)} | ${i.kind} | ${ts.join("; ") || "—"} |`;
    }),
    "",
    ...indicators.flatMap(section),
    "## Per-unit norms",
    "",
    "| Norm | Value | Clause | The notice's words |",
    "|---|---:|---|---|",
    ...Object.values(unitNorms).map(normRow),
    "",
    `V-station capacity (not a target): ${vStationPlaces.arithmetic.formula} places on the “1+20+500” model (${vStationPlaces.clause}); §四 sets about 30,000 youths covered for 2018.`,
    "",
  ];
  return lines.join("\n");
}
