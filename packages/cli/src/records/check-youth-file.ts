import {
  checkEligibility,
  type LocalizedText,
  maskResidentId,
  type NeedArea,
  needAreas,
  type ProgrammeArea,
  parseResidentId,
} from "@zhucan/domain";
import { isBlankRow } from "../io/cell-grid.js";
import { type InspectInputFileOptions, inspectInputFile } from "../io/inspect-input-file.js";
import type { LocatedProblem } from "../io/located-problem.js";
import { RowStreamError, streamRows } from "../io/stream-rows.js";
import { youthFileColumns } from "./youth-file-header.js";
import { youthRowCandidate } from "./youth-row-candidate.js";

/** The outcome of one row of a one-to-one file. Holds no name and no unmasked number. */
export interface YouthRowResult {
  readonly row: number;
  /** The resident ID masked (`440104**********3X`), or `""` when the row has none. */
  readonly maskedId: string;
  readonly eligible: boolean;
  /** Every failed rule (codes of `checkEligibility`, plus `duplicate-resident-id` and cell problems). */
  readonly reasons: readonly { readonly code: string; readonly message: LocalizedText }[];
  /** Remarks that do not decide eligibility. */
  readonly notes: readonly { readonly code: string; readonly message: LocalizedText }[];
  readonly county: string;
  readonly needs: readonly NeedArea[];
}

/** What an eligible youth adds to a county's figures: registration and the five need splits. */
export type CountyContribution = Record<"youths-registered" | `need-${NeedArea}`, number>;

/** What {@link checkYouthFile} found in the whole file. */
export interface YouthFileSummary {
  readonly rows: number;
  readonly eligible: number;
  readonly notEligible: number;
  /** Per county code (sorted), what its eligible rows would contribute. */
  readonly counties: readonly { readonly county: string; readonly counts: CountyContribution }[];
  /** Problems that stopped the file being read (missing, encrypted, no header…). */
  readonly problems: readonly LocatedProblem[];
}

/** Options of {@link checkYouthFile}. */
export interface CheckYouthFileOptions extends InspectInputFileOptions {
  /** The reference day of the age rule: `YYYY-MM-DD` or a `Date` (its Asia/Shanghai day). */
  readonly asOf: string | Date;
  readonly area: ProgrammeArea;
  /** The name problems give the file. Default: `path`. */
  readonly displayName?: string;
  /** Called with each row's outcome, in file order, as the file streams. */
  readonly onRow?: (result: YouthRowResult) => void;
  /** Called every `progressEvery` rows with the number of rows read. */
  readonly onProgress?: (rows: number) => void;
  /** Default 10,000. */
  readonly progressEvery?: number;
  /** **DECISION**: how many rows the header may be looked for in (title rows above it). Default 20. */
  readonly headerSearchRows?: number;
}

/**
 * The defaults of {@link CheckYouthFileOptions}.
 *
 * @example
 * checkYouthFileDefaults //=> { progressEvery: 10000, headerSearchRows: 20 }
 */
export const checkYouthFileDefaults = { progressEvery: 10_000, headerSearchRows: 20 } as const;

const requiredColumns = [
  ["residentId", { "zh-CN": "身份证号", en: "resident ID" }],
  ["county", { "zh-CN": "县区代码", en: "county" }],
  ["registeredPoor", { "zh-CN": "建档立卡贫困户", en: "registered poor" }],
] as const;

/**
 * Checks the eligibility (§三(一): poor disabled youth aged 6–35 in the programme area) of every
 * row of a private one-to-one service file, xlsx or CSV, streaming it so that memory stays flat
 * whatever its length. A youth whose resident ID appeared on an earlier row is not counted twice
 * (`duplicate-resident-id`). Returns the per-county figures the eligible rows would contribute.
 * Nothing it returns or reports carries a name, a certificate number or an unmasked ID.
 *
 * @example
 * const summary = await checkYouthFile("meixian-youths.xlsx", { asOf: "2017-03-31", area });
 * summary.counties[0] //=> { county: "441403", counts: { "youths-registered": 42, … } }
 */
export async function checkYouthFile(
  path: string,
  options: CheckYouthFileOptions,
): Promise<YouthFileSummary> {
  const file = options.displayName ?? path;
  const progressEvery = options.progressEvery ?? checkYouthFileDefaults.progressEvery;
  const headerSearchRows = options.headerSearchRows ?? checkYouthFileDefaults.headerSearchRows;
  const problems: LocatedProblem[] = [];
  const tallies = new Map<string, CountyContribution>();
  let rows = 0;
  let eligible = 0;
  const summary = (): YouthFileSummary => ({
    rows,
    eligible,
    notEligible: rows - eligible,
    counties: [...tallies.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([county, counts]) => ({ county, counts })),
    problems,
  });

  const inspected = await inspectInputFile(path, file, options);
  if (!inspected.ok) {
    problems.push(inspected.problem);
    return summary();
  }
  const seen = new Map<string, number>();
  let columns: ReturnType<typeof youthFileColumns>;
  try {
    for await (const { row, cells, sheet } of streamRows(path, inspected.kind)) {
      const where = { file, ...(sheet !== undefined && { sheet }), row };
      if (!columns) {
        columns = youthFileColumns(cells);
        if (columns) {
          const missing = requiredColumns.filter(([key]) => columns?.fields[key] === undefined);
          if (missing.length > 0) {
            problems.push({
              ...where,
              code: "column-missing",
              message: {
                "zh-CN": `表头缺少：${missing.map(([, l]) => l["zh-CN"]).join("、")}`,
                en: `The header lacks: ${missing.map(([, l]) => l.en).join(", ")}`,
              },
            });
            break;
          }
        } else if (row >= headerSearchRows) {
          problems.push({
            file,
            code: "header-not-found",
            message: {
              "zh-CN": `前 ${headerSearchRows} 行中找不到表头（姓名、身份证号、县区代码、建档立卡贫困户、需求…）`,
              en: `No header row in the first ${headerSearchRows} rows (姓名 name, 身份证号 resident ID, 县区代码 county, 建档立卡贫困户 registered poor, 需求 needs…)`,
            },
          });
          break;
        }
        continue;
      }
      if (isBlankRow({ rows: [cells], merges: [] }, 1)) continue;
      rows += 1;
      const read = youthRowCandidate(cells, columns);
      const result = checkEligibility(read.candidate, { asOf: options.asOf, area: options.area });
      const reasons = [
        ...read.reasons,
        ...result.reasons.map((r) => ({ code: r.code, message: r.message })),
      ];
      const id = read.candidate.residentId;
      const key = id === undefined ? undefined : identityKey(id, options.asOf);
      if (key !== undefined) {
        const first = seen.get(key);
        if (first === undefined) seen.set(key, row);
        else {
          reasons.push({
            code: "duplicate-resident-id",
            message: {
              "zh-CN": `与第 ${first} 行的身份证号相同，不重复计算`,
              en: `Same resident ID as row ${first}: not counted twice`,
            },
          });
        }
      }
      const ok = reasons.length === 0;
      if (ok) {
        eligible += 1;
        const county = read.candidate.countyCode;
        const counts = tallies.get(county) ?? emptyContribution();
        counts["youths-registered"] += 1;
        for (const need of read.needs) counts[`need-${need}`] += 1;
        tallies.set(county, counts);
      }
      options.onRow?.({
        row,
        maskedId: id === undefined ? "" : maskResidentId(id),
        eligible: ok,
        reasons,
        notes: read.notes,
        county: read.candidate.countyCode,
        needs: read.needs,
      });
      if (rows % progressEvery === 0) options.onProgress?.(rows);
    }
  } catch (error) {
    if (!(error instanceof RowStreamError)) throw error;
    problems.push({ file, code: error.code, message: error.text });
  }
  if (!columns && problems.length === 0) {
    problems.push({
      file,
      code: "header-not-found",
      message: {
        "zh-CN": "文件中找不到表头（姓名、身份证号、县区代码、建档立卡贫困户、需求…）",
        en: "No header row in the file (姓名 name, 身份证号 resident ID, 县区代码 county, 建档立卡贫困户 registered poor, 需求 needs…)",
      },
    });
  }
  return summary();
}

// The same person whether written with a lowercase x or as a legacy 15-digit ID. Only legacy IDs
// need parsing (to their 18-character form); most rows are 18 characters already.
function identityKey(id: string, asOf: string | Date): string {
  if (id.length !== 15) return id.toUpperCase();
  const parsed = parseResidentId(id, { asOf });
  return parsed.ok ? parsed.value.id : id;
}

function emptyContribution(): CountyContribution {
  const counts = { "youths-registered": 0 } as CountyContribution;
  for (const need of needAreas) counts[`need-${need}`] = 0;
  return counts;
}
