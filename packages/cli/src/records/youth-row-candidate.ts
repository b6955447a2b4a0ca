import { type LocalizedText, type NeedArea, needAreas } from "@zhucan/domain";
import { cellText, type GridCell } from "../io/cell-grid.js";
import { parseNeeds, readYesNo, type YouthFileColumns } from "./youth-file-header.js";

/** What a row of a one-to-one file says, ready for `checkEligibility`, and what was wrong with it. */
export interface YouthRowCandidate {
  readonly candidate: {
    readonly residentId?: string;
    readonly disabilityCertificate?: string;
    readonly countyCode: string;
    readonly villageCode?: string;
    readonly registeredPoor: boolean;
  };
  readonly needs: readonly NeedArea[];
  /** Problems of the row's cells that make it ineligible (an ID Excel stored as a number). */
  readonly reasons: readonly { readonly code: string; readonly message: LocalizedText }[];
  /** Problems that do not decide eligibility (an unreadable need). */
  readonly notes: readonly { readonly code: string; readonly message: LocalizedText }[];
}

/**
 * Reads one data row of a one-to-one file into an eligibility candidate. Messages never quote a
 * cell of the file: a private file's names and numbers must not reach the output.
 *
 * @example
 * youthRowCandidate(cells, columns).candidate.countyCode //=> "441481"
 */
export function youthRowCandidate(
  cells: readonly (GridCell | undefined)[],
  columns: YouthFileColumns,
): YouthRowCandidate {
  const at = (column: number | undefined) => (column === undefined ? undefined : cells[column - 1]);
  const text = (column: number | undefined) =>
    cellText(at(column)).normalize("NFKC").replace(/\s/g, "");
  const reasons: { code: string; message: LocalizedText }[] = [];
  const notes: { code: string; message: LocalizedText }[] = [];

  const idCell = at(columns.fields.residentId);
  const certificateCell = at(columns.fields.disabilityCertificate);
  for (const [cell, what] of [
    [idCell, { "zh-CN": "身份证号", en: "resident ID" }],
    [certificateCell, { "zh-CN": "残疾人证号", en: "certificate number" }],
  ] as const) {
    if (typeof cell?.value === "number") {
      reasons.push({
        code: "id-stored-as-number",
        message: {
          "zh-CN": `${what["zh-CN"]}被 Excel 存成了数字，末几位可能已经丢失：请把该列设为“文本”格式后重新填写`,
          en: `Excel stored the ${what.en} as a number, which may have lost its last digits: format the column as Text and enter it again`,
        },
      });
    }
  }

  const poor = readYesNo(at(columns.fields.registeredPoor));
  if (poor === null) {
    reasons.push({
      code: "registered-poor-unreadable",
      message: {
        "zh-CN": "“建档立卡贫困户”一栏应填 是 或 否",
        en: 'The "registered poor" cell must be 是 (yes) or 否 (no)',
      },
    });
  }

  const needs = new Set<NeedArea>();
  const needText = cellText(at(columns.fields.needs));
  if (needText !== "") {
    const parsed = parseNeeds(needText);
    for (const n of parsed.needs) needs.add(n);
    if (parsed.unknown > 0) {
      notes.push({
        code: "need-unknown",
        message: {
          "zh-CN":
            "“需求”一栏有无法识别的内容（应为 支教助学、就业扶贫、技能培训、康复治疗、社会融入）",
          en: "The needs cell has something that is none of the five areas (支教助学 就业扶贫 技能培训 康复治疗 社会融入)",
        },
      });
    }
  }
  for (const area of needAreas) {
    const column = columns.needColumns[area];
    if (column === undefined) continue;
    const flag = readYesNo(at(column));
    if (flag === true) needs.add(area);
    if (flag === null) {
      notes.push({
        code: "need-unreadable",
        message: {
          "zh-CN": "需求栏应填 是 或 否",
          en: "A need column must be 是 (yes) or 否 (no)",
        },
      });
    }
  }

  const residentId =
    typeof idCell?.value === "number" ? String(idCell.value) : text(columns.fields.residentId);
  const certificate = text(columns.fields.disabilityCertificate);
  const village = text(columns.fields.village);
  return {
    candidate: {
      ...(residentId !== "" && { residentId }),
      ...(certificate !== "" && { disabilityCertificate: certificate }),
      countyCode: text(columns.fields.county),
      ...(village !== "" && { villageCode: village }),
      registeredPoor: poor === true,
    },
    needs: needAreas.filter((a) => needs.has(a)),
    reasons,
    notes,
  };
}
