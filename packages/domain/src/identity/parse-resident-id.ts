import { fail, type Problem, problem, type Result, succeed } from "../result/result.js";
import { isRealDate, referenceDay } from "./calendar-date.js";
import { computeCheckCharacter } from "./check-character.js";
import { maskResidentId } from "./mask-resident-id.js";

/** The sex a resident ID records in the parity of its sequence number (odd = male). */
export type Sex = "male" | "female";

/** What a valid resident ID (GB 11643-1999) says. */
export interface ResidentId {
  /** The 18-character form, upper-case `X`; a legacy 15-digit ID is converted to it. */
  readonly id: string;
  /** The 6-digit address code (GB/T 2260) where the ID was first issued. */
  readonly regionCode: string;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  readonly sex: Sex;
  /** Whether the input was a legacy 15-digit ID. */
  readonly legacy: boolean;
}

/** The stable codes of {@link parseResidentId}'s problems. */
export type ResidentIdProblemCode =
  | "resident-id-not-text"
  | "resident-id-bad-format"
  | "resident-id-legacy-not-allowed"
  | "resident-id-bad-check-character"
  | "resident-id-impossible-birth-date"
  | "resident-id-birth-date-in-future";

/** Options of {@link parseResidentId}. */
export interface ParseResidentIdOptions {
  /**
   * The reference day a birth date may not be after: a `Date` (read as its Asia/Shanghai
   * calendar day) or `YYYY-MM-DD`. Default: now.
   */
  readonly asOf?: Date | string;
  /**
   * **DECISION**: whether legacy 15-digit IDs (first-generation cards, invalid since 2013 but
   * still found in old records) are accepted and converted to 18 characters. Default `true`.
   */
  readonly allowLegacy?: boolean;
}

/**
 * The defaults of {@link ParseResidentIdOptions} (`asOf` defaults to the current day).
 *
 * @example
 * parseResidentIdDefaults.allowLegacy //=> true
 */
export const parseResidentIdDefaults: Required<Omit<ParseResidentIdOptions, "asOf">> = {
  allowLegacy: true,
};

/**
 * Parses a resident ID number (居民身份证号码, GB 11643-1999): 6-digit address code, birth date
 * `YYYYMMDD`, 3-digit sequence (odd = male) and a check character. Surrounding whitespace is
 * trimmed and a lowercase `x` accepted; a legacy 15-digit ID (`YYMMDD`, no check character) is
 * converted by inserting `19` and computing the check character. The region code is not looked
 * up: codes change over time and an ID keeps the one of its first issue.
 *
 * Never throws on bad input; every problem found is returned, and messages quote the ID only
 * masked. Throws a `RangeError` only for an invalid `options.asOf`.
 *
 * @example
 * parseResidentId(" 11010519491231002x ")
 * //=> { ok: true, value: { id: "11010519491231002X", regionCode: "110105",
 * //     birthDate: "1949-12-31", sex: "female", legacy: false } }
 * parseResidentId("110105491231002").value.id //=> "11010519491231002X" (legacy, converted)
 * parseResidentId("110105194912310021").errors[0].code //=> "resident-id-bad-check-character"
 */
export function parseResidentId(
  text: unknown,
  options: ParseResidentIdOptions = {},
): Result<ResidentId, ResidentIdProblemCode> {
  if (typeof text !== "string") {
    return fail(
      problem("resident-id-not-text", [], {
        "zh-CN": "身份证号码应为文本",
        en: "The resident ID number must be text",
      }),
    );
  }
  const trimmed = text.trim();
  const input = trimmed.toUpperCase();
  const legacy = /^\d{15}$/.test(input);
  if (!legacy && !/^\d{17}[\dX]$/.test(input)) {
    // Quoted only masked, and not at all when too long to be a mistyped ID.
    const quoted = trimmed.length <= 24 ? ` ${maskResidentId(trimmed)} ` : "";
    return fail(
      problem("resident-id-bad-format", [], {
        "zh-CN": `身份证号码${quoted}格式错误：应为18位（前17位为数字，末位为数字或X）或15位数字`,
        en: `The resident ID number${quoted.trimEnd()} is malformed: it must be 18 characters (17 digits, then a digit or X) or 15 digits`,
      }),
    );
  }
  const masked = maskResidentId(input);
  if (legacy && !(options.allowLegacy ?? parseResidentIdDefaults.allowLegacy)) {
    return fail(
      problem("resident-id-legacy-not-allowed", [], {
        "zh-CN": `身份证号码 ${masked} 为15位旧号码，此处只接受18位号码`,
        en: `The resident ID number ${masked} is a legacy 15-digit number; only 18 characters are accepted here`,
      }),
    );
  }
  const asOf = referenceDay(options.asOf);

  // A legacy ID's YYMMDD is a 20th-century date: first-generation cards predate 2000 births.
  const first17 = legacy ? `${input.slice(0, 6)}19${input.slice(6)}` : input.slice(0, 17);
  const check = computeCheckCharacter(first17);
  const id = first17 + check;
  const problems: Problem<ResidentIdProblemCode>[] = [];

  if (!legacy && input[17] !== check) {
    problems.push(
      problem("resident-id-bad-check-character", [], {
        "zh-CN": `身份证号码 ${masked} 校验码错误：可能有数字录入错误`,
        en: `The resident ID number ${masked} fails its check character: a digit is probably mistyped`,
      }),
    );
  }

  const [y, m, d] = [first17.slice(6, 10), first17.slice(10, 12), first17.slice(12, 14)];
  const birthDate = `${y}-${m}-${d}`;
  if (!isRealDate(Number(y), Number(m), Number(d))) {
    problems.push(
      problem("resident-id-impossible-birth-date", [], {
        "zh-CN": `身份证号码 ${masked} 中的出生日期不存在`,
        en: `The birth date in the resident ID number ${masked} does not exist`,
      }),
    );
  } else if (birthDate > asOf) {
    problems.push(
      problem("resident-id-birth-date-in-future", [], {
        "zh-CN": `身份证号码 ${masked} 中的出生日期晚于参考日期 ${asOf}`,
        en: `The birth date in the resident ID number ${masked} is after the reference date ${asOf}`,
      }),
    );
  }

  if (problems.length > 0) return fail(...problems);
  return succeed({
    id,
    regionCode: first17.slice(0, 6),
    birthDate,
    sex: Number(first17[16]) % 2 === 1 ? "male" : "female",
    legacy,
  });
}
