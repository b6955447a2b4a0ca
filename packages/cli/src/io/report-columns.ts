import {
  getIndicator,
  type LocalizedText,
  type ReportedIndicatorId,
  reportedIndicatorIds,
} from "@zhucan/domain";
import { countyTableLabels, matchesLabel, normaliseLabel } from "./report-layout.js";

/** What a column of the county table holds. */
export type CountyTableColumn =
  | { readonly kind: "county-name" }
  | { readonly kind: "note" }
  | { readonly kind: "indicator"; readonly id: ReportedIndicatorId };

// Every name an indicator column may carry: its id, and its short and full names in both languages.
const indicatorNames = new Map<string, ReportedIndicatorId>();
for (const id of reportedIndicatorIds) {
  const definition = getIndicator(id);
  const names: LocalizedText[] = definition ? [definition.shortName, definition.name] : [];
  for (const n of [id, ...names.flatMap((x) => [x["zh-CN"], x.en])]) {
    indicatorNames.set(normaliseLabel(n), id);
  }
}

/**
 * The reported indicator a column header names: its id (the English sub-header) or its short or
 * full name in either language; `undefined` for anything else.
 *
 * @example
 * indicatorForHeader("Youths-Registered") //=> "youths-registered"
 * indicatorForHeader("建档立卡") //=> "youths-registered"
 * indicatorForHeader("按时上报") //=> undefined (derived by the province, not reported)
 */
export function indicatorForHeader(text: string): ReportedIndicatorId | undefined {
  return indicatorNames.get(normaliseLabel(text));
}

/**
 * What one header cell of the county table names; `undefined` when it names nothing known.
 *
 * @example
 * countyTableColumnFor("县区名称") //=> { kind: "county-name" }
 * countyTableColumnFor("v-stations") //=> { kind: "indicator", id: "v-stations" }
 */
export function countyTableColumnFor(text: string): CountyTableColumn | undefined {
  if (columnOfHeader.has(text)) return columnOfHeader.get(text);
  let column: CountyTableColumn | undefined;
  if (matchesLabel(text, countyTableLabels.countyName)) column = { kind: "county-name" };
  else if (matchesLabel(text, countyTableLabels.note)) column = { kind: "note" };
  else {
    const id = indicatorForHeader(text);
    column = id ? { kind: "indicator", id } : undefined;
  }
  // Every report has the same few headers: each is looked up once (bounded, for odd files).
  if (columnOfHeader.size >= 1024) columnOfHeader.clear();
  columnOfHeader.set(text, column);
  return column;
}

const columnOfHeader = new Map<string, CountyTableColumn | undefined>();

/**
 * Whether two header cells name the same column.
 *
 * @example
 * sameColumn({ kind: "note" }, { kind: "note" }) //=> true
 */
export function sameColumn(a: CountyTableColumn, b: CountyTableColumn): boolean {
  return a.kind === b.kind && (a.kind !== "indicator" || a.id === (b as typeof a).id);
}
