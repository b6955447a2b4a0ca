import {
  type NeedArea,
  needAreaLabels,
  needAreas,
  type YouthServiceRecord,
  youthServiceFileColumns,
} from "@zhucan/domain";
import { cellText, type GridCell } from "../io/cell-grid.js";
import { normaliseLabel } from "../io/report-layout.js";

/** Where the columns of a one-to-one service file are (1-based column numbers). */
export interface YouthFileColumns {
  readonly fields: Readonly<Partial<Record<keyof YouthServiceRecord, number>>>;
  /** Columns of their own for single need areas, holding 是/否. */
  readonly needColumns: Readonly<Partial<Record<NeedArea, number>>>;
}

const fieldNames = new Map<string, keyof YouthServiceRecord>();
for (const column of youthServiceFileColumns) {
  const { label } = column;
  for (const name of [
    label["zh-CN"],
    label.en,
    `${label["zh-CN"]} ${label.en}`,
    ...column.aliases,
  ]) {
    fieldNames.set(normaliseLabel(name), column.key);
  }
}
const needNames = new Map<string, NeedArea>();
for (const area of needAreas) {
  for (const name of [needAreaLabels[area]["zh-CN"], needAreaLabels[area].en, area]) {
    needNames.set(normaliseLabel(name), area);
  }
}

// "身份证号（resident ID）" and "身份证号 resident ID" name the same column as "身份证号".
function headerKey(text: string): string {
  const whole = normaliseLabel(text);
  const stripped = whole.replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  const first = stripped.split(" ")[0] ?? "";
  return [whole, stripped, first].find((k) => fieldNames.has(k) || needNames.has(k)) ?? "";
}

/**
 * Recognises the header row of a one-to-one service file: the columns it names by their Chinese
 * or English headers (or the aliases counties use), and per-need 是/否 columns. `undefined` when
 * the row names fewer than three known columns — it is not the header.
 *
 * @example
 * youthFileColumns([{ value: "姓名" }, { value: "身份证号" }, { value: "县区代码" }])
 * //=> { fields: { name: 1, residentId: 2, county: 3 }, needColumns: {} }
 */
export function youthFileColumns(
  cells: readonly (GridCell | undefined)[],
): YouthFileColumns | undefined {
  const fields: Partial<Record<keyof YouthServiceRecord, number>> = {};
  const needColumns: Partial<Record<NeedArea, number>> = {};
  let known = 0;
  cells.forEach((cell, i) => {
    const key = headerKey(cellText(cell));
    if (key === "") return;
    const field = fieldNames.get(key);
    const need = needNames.get(key);
    if (field && fields[field] === undefined) {
      fields[field] = i + 1;
      known += 1;
    } else if (need && needColumns[need] === undefined) {
      needColumns[need] = i + 1;
      known += 1;
    }
  });
  return known >= 3 ? { fields, needColumns } : undefined;
}

/**
 * The need areas named in a 需求 cell: Chinese or English names separated by 、，,;；/ or
 * spaces. `unknown` counts the parts that name no area (never echoed: a private file's cells
 * are not printed).
 *
 * @example
 * parseNeeds("康复治疗、支教助学") //=> { needs: ["education-support", "rehabilitation"], unknown: 0 }
 * parseNeeds("康复, 住房") //=> { needs: [], unknown: 2 }
 */
export function parseNeeds(text: string): { needs: NeedArea[]; unknown: number } {
  const found = new Set<NeedArea>();
  let unknown = 0;
  const parts = text
    .normalize("NFKC")
    .split(/[、,;/|\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const area = needNames.get(normaliseLabel(part));
    if (area) found.add(area);
    else unknown += 1;
  }
  return { needs: needAreas.filter((a) => found.has(a)), unknown };
}

const yes = new Set(["是", "有", "y", "yes", "true", "1", "√", "✓", "✔"]);
const no = new Set(["否", "无", "不是", "n", "no", "false", "0", "×", "✗", "-"]);

/**
 * Reads a 是/否 cell: 是 有 Y yes true 1 √ ✓ → `true`; 否 无 不是 N no false 0 × ✗ - → `false`;
 * empty → `undefined`; anything else → `null` (unreadable).
 *
 * @example
 * readYesNo({ value: "是" }) //=> true
 * readYesNo({ value: "否" }) //=> false
 * readYesNo({ value: "也许" }) //=> null
 */
export function readYesNo(cell: GridCell | undefined): boolean | null | undefined {
  if (typeof cell?.value === "boolean") return cell.value;
  const t = normaliseLabel(cellText(cell));
  if (t === "") return undefined;
  if (yes.has(t)) return true;
  if (no.has(t)) return false;
  return null;
}
