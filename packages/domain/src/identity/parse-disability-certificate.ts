import { fail, type Problem, problem, type Result, succeed } from "../result/result.js";
import {
  type DisabilityCategoryCode,
  type DisabilityCategoryKey,
  disabilityCategories,
} from "./disability-categories.js";
import type { DisabilityLevel } from "./disability-levels.js";
import { maskResidentId } from "./mask-resident-id.js";
import {
  parseResidentId,
  type ResidentId,
  type ResidentIdProblemCode,
} from "./parse-resident-id.js";

/** What a valid second-generation disability certificate number (第二代残疾人证号) says. */
export interface DisabilityCertificate {
  /** The 20-character number, upper-case `X`. */
  readonly certificate: string;
  /** The holder's resident ID, the certificate's first 18 characters. */
  readonly residentId: ResidentId;
  readonly category: DisabilityCategoryCode;
  readonly categoryKey: DisabilityCategoryKey;
  readonly level: DisabilityLevel;
}

/**
 * The stable codes of {@link parseDisabilityCertificate}'s problems: its own, and those of the
 * embedded resident ID (reported with path `["residentId"]`).
 */
export type DisabilityCertificateProblemCode =
  | ResidentIdProblemCode
  | "disability-certificate-not-text"
  | "disability-certificate-bad-format"
  | "disability-category-unknown"
  | "disability-level-unknown";

/** Options of {@link parseDisabilityCertificate}. */
export interface ParseDisabilityCertificateOptions {
  /**
   * The reference day the holder's birth date may not be after: a `Date` (its Asia/Shanghai
   * calendar day) or `YYYY-MM-DD`. Default: now.
   */
  readonly asOf?: Date | string;
}

/**
 * Parses a second-generation disability certificate number: the holder's 18-character resident
 * ID, then the category digit (1–7, see {@link disabilityCategories}) and the level digit (1–4,
 * 1 the most severe). Whitespace around it is trimmed and a lowercase `x` accepted.
 *
 * Never throws on bad input; every problem found is returned (those of the resident ID with
 * path `["residentId"]`), and messages quote the number only masked. Throws a `RangeError` only
 * for an invalid `options.asOf`.
 *
 * @example
 * const r = parseDisabilityCertificate("11010519491231002X42");
 * r.ok && [r.value.categoryKey, r.value.level] //=> ["physical", 2]
 * parseDisabilityCertificate("11010519491231002X82").errors[0].code
 * //=> "disability-category-unknown"
 */
export function parseDisabilityCertificate(
  text: unknown,
  options: ParseDisabilityCertificateOptions = {},
): Result<DisabilityCertificate, DisabilityCertificateProblemCode> {
  if (typeof text !== "string") {
    return fail(
      problem("disability-certificate-not-text", [], {
        "zh-CN": "残疾人证号应为文本",
        en: "The disability certificate number must be text",
      }),
    );
  }
  const trimmed = text.trim();
  const certificate = trimmed.toUpperCase();
  if (!/^\d{17}[\dX]\d{2}$/.test(certificate)) {
    // Quoted only masked, and not at all when too long to be a mistyped number.
    const quoted = trimmed.length <= 24 ? ` ${maskResidentId(trimmed)} ` : "";
    return fail(
      problem("disability-certificate-bad-format", [], {
        "zh-CN": `残疾人证号${quoted}格式错误：应为20位（18位身份证号码＋残疾类别1位＋残疾等级1位）`,
        en: `The disability certificate number${quoted.trimEnd()} is malformed: it must be 20 characters (the 18-character resident ID, a category digit and a level digit)`,
      }),
    );
  }

  const problems: Problem<DisabilityCertificateProblemCode>[] = [];
  const resident = parseResidentId(certificate.slice(0, 18), {
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    allowLegacy: false,
  });
  if (!resident.ok) {
    for (const p of resident.errors) problems.push({ ...p, path: ["residentId", ...p.path] });
  }
  const categoryDigit = Number(certificate[18]);
  const category = disabilityCategories.find((c) => c.code === categoryDigit);
  if (category === undefined) {
    problems.push(
      problem("disability-category-unknown", ["category"], {
        "zh-CN": `残疾类别代码 ${categoryDigit} 不存在：应为1（视力）至7（多重）`,
        en: `Disability category code ${categoryDigit} does not exist: it must be 1 (visual) to 7 (multiple)`,
      }),
    );
  }
  const levelDigit = Number(certificate[19]);
  if (levelDigit < 1 || levelDigit > 4) {
    problems.push(
      problem("disability-level-unknown", ["level"], {
        "zh-CN": `残疾等级代码 ${levelDigit} 不存在：应为1（一级）至4（四级）`,
        en: `Disability level code ${levelDigit} does not exist: it must be 1 (level 1) to 4 (level 4)`,
      }),
    );
  }

  if (!resident.ok || category === undefined || problems.length > 0) return fail(...problems);
  return succeed({
    certificate,
    residentId: resident.value,
    category: category.code,
    categoryKey: category.key,
    level: levelDigit as DisabilityLevel,
  });
}
