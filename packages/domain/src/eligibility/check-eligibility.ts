import type { LocalizedText } from "../i18n/localized-text.js";
import { referenceDay, toCalendarDate } from "../identity/calendar-date.js";
import {
  type DisabilityCertificate,
  parseDisabilityCertificate,
} from "../identity/parse-disability-certificate.js";
import { parseResidentId, type ResidentId } from "../identity/parse-resident-id.js";
import type { ProgrammeArea } from "../programme/programme-area.js";
import { type Problem, problem } from "../result/result.js";
import { type AgeOptions, ageDefaults, ageInFullYears } from "./age-in-full-years.js";

/**
 * What {@link checkEligibility} reads from a candidate. The candidate is checked as `unknown`:
 * this interface documents the expected shape. `undefined`, `null` and blank strings all count
 * as "not given".
 */
export interface EligibilityCandidate {
  /** 18-character (or legacy 15-digit) resident ID number. */
  readonly residentId?: string;
  /** `YYYY-MM-DD` or a `Date`; used only when no valid ID gives the birth date. */
  readonly birthDate?: string | Date;
  /** GB/T 2260 code of the county-level unit the candidate lives in. */
  readonly countyCode: string;
  /** 12-digit statistical code of the village, needed when the area lists villages. */
  readonly villageCode?: string;
  /** 20-character second-generation disability certificate number. */
  readonly disabilityCertificate?: string;
  /** Whether the candidate's household is registered as poor (建档立卡贫困户). */
  readonly registeredPoor: boolean;
}

/** The stable codes of {@link checkEligibility}'s reasons (public API: never rename one). */
export type EligibilityReasonCode =
  | "candidate-not-object"
  | "invalid-resident-id"
  | "birth-date-missing"
  | "birth-date-invalid"
  | "age-below-min"
  | "age-above-max"
  | "county-code-missing"
  | "outside-programme-area"
  | "no-disability-certificate"
  | "certificate-id-mismatch"
  | "not-registered-poor";

/** One failed rule: its code, the candidate field it is about, and a message in zh-CN and en. */
export type EligibilityReason = Problem<EligibilityReasonCode>;

/** The outcome of {@link checkEligibility}. */
export interface EligibilityResult {
  readonly eligible: boolean;
  /** Age in full years on `asOf`, `null` when no birth date could be established. */
  readonly age: number | null;
  /** Every failed rule; empty exactly when `eligible`. */
  readonly reasons: readonly EligibilityReason[];
}

/** Options of {@link checkEligibility}. */
export interface CheckEligibilityOptions extends AgeOptions {
  /** The reference day: a `Date` (its Asia/Shanghai calendar day) or `YYYY-MM-DD`. */
  readonly asOf: string | Date;
  /** The poverty counties (and, when known, villages): input data from the programme office. */
  readonly area: ProgrammeArea;
  /** Youngest eligible age in full years, included. Default 6 ("6至35周岁", §三(一)). */
  readonly minAge?: number;
  /** Oldest eligible age in full years, included. Default 35 ("至35周岁" includes 35). */
  readonly maxAge?: number;
}

/**
 * The defaults of {@link CheckEligibilityOptions}: ages 6 to 35 inclusive (§三(一)), so a
 * candidate is eligible from the 6th birthday to the day before the 36th.
 *
 * @example
 * eligibilityDefaults //=> { minAge: 6, maxAge: 35, leapDayBirthday: "march-1" }
 */
export const eligibilityDefaults: Required<Omit<CheckEligibilityOptions, "asOf" | "area">> = {
  minAge: 6,
  maxAge: 35,
  leapDayBirthday: ageDefaults.leapDayBirthday,
};

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && !value.trim());
}

function joined(lead: LocalizedText, problems: readonly Problem[]): LocalizedText {
  return {
    "zh-CN": `${lead["zh-CN"]}：${problems.map((p) => p.message["zh-CN"]).join("；")}`,
    en: `${lead.en}: ${problems.map((p) => p.message.en).join("; ")}`,
  };
}

// The area's lists are long (2,277 villages) and the same for a whole batch of candidates.
const memberships = new WeakMap<readonly string[], ReadonlySet<string>>();
function includes(list: readonly string[], value: string): boolean {
  let set = memberships.get(list);
  if (set === undefined) {
    set = new Set(list);
    memberships.set(list, set);
  }
  return set.has(value);
}

/**
 * Checks whether a candidate can be registered (建档立卡, §三(一)): a poor disabled youth aged
 * 6 to 35 (周岁) living in the programme area. Rules, each giving its own reason code:
 *
 * - identity: a given `residentId` must parse (`invalid-resident-id`);
 * - age on `asOf` between `minAge` and `maxAge`, both included (`age-below-min`,
 *   `age-above-max`). The birth date comes from the resident ID, else from the certificate's
 *   embedded ID, else from `birthDate` (`birth-date-missing` if none, `birth-date-invalid` if
 *   `birthDate` is not a real `YYYY-MM-DD` day or is after `asOf`); when the ID gives it,
 *   `birthDate` is ignored;
 * - area: `countyCode` in `area.counties` (`county-code-missing`, `outside-programme-area`);
 *   when `area.villages` is given — even empty — `villageCode` must also be in it
 *   (`outside-programme-area` with path `["villageCode"]`);
 * - disability: a valid disability certificate (`no-disability-certificate` when missing or
 *   invalid) whose embedded resident ID is the candidate's (`certificate-id-mismatch`, after
 *   converting a legacy 15-digit `residentId`);
 * - poverty: `registeredPoor` is `true` (`not-registered-poor`).
 *
 * Every failed rule is listed, not only the first. A candidate that is not an object gives
 * `candidate-not-object`. Never throws on the candidate; messages quote ID numbers only masked.
 *
 * @throws {RangeError} for an invalid `options.asOf`, or a `minAge`/`maxAge` that is not a
 *   finite number (either would silently make everyone eligible or no one).
 * @example
 * const area = { counties: ["441481"] };
 * checkEligibility(
 *   { residentId: "441481200503010016", countyCode: "441481", registeredPoor: true,
 *     disabilityCertificate: "44148120050301001641" },
 *   { asOf: "2016-08-01", area },
 * ) //=> { eligible: true, age: 11, reasons: [] }
 * checkEligibility({ birthDate: "2011-08-02", countyCode: "440104", registeredPoor: false },
 *   { asOf: "2016-08-01", area }).reasons.map((r) => r.code)
 * //=> ["no-disability-certificate", "age-below-min", "outside-programme-area", "not-registered-poor"]
 */
export function checkEligibility(
  candidate: unknown,
  options: CheckEligibilityOptions,
): EligibilityResult {
  const asOf = referenceDay(options.asOf);
  const minAge = options.minAge ?? eligibilityDefaults.minAge;
  const maxAge = options.maxAge ?? eligibilityDefaults.maxAge;
  if (!Number.isFinite(minAge) || !Number.isFinite(maxAge)) {
    throw new RangeError("minAge and maxAge must be finite numbers");
  }
  if (typeof candidate !== "object" || candidate === null || Array.isArray(candidate)) {
    const reason = problem("candidate-not-object", [], {
      "zh-CN": "候选人记录应为对象",
      en: "The candidate record must be an object",
    });
    return { eligible: false, age: null, reasons: [reason] };
  }
  const c = candidate as Readonly<Record<string, unknown>>;
  const reasons: EligibilityReason[] = [];

  let residentId: ResidentId | undefined;
  if (!isBlank(c.residentId)) {
    const parsed = parseResidentId(c.residentId, { asOf });
    if (parsed.ok) residentId = parsed.value;
    else {
      const lead = { "zh-CN": "身份证号码无效", en: "Invalid resident ID number" };
      reasons.push(problem("invalid-resident-id", ["residentId"], joined(lead, parsed.errors)));
    }
  }

  let certificate: DisabilityCertificate | undefined;
  if (isBlank(c.disabilityCertificate)) {
    reasons.push(
      problem("no-disability-certificate", ["disabilityCertificate"], {
        "zh-CN": "缺少残疾人证号",
        en: "No disability certificate number",
      }),
    );
  } else {
    const parsed = parseDisabilityCertificate(c.disabilityCertificate, { asOf });
    if (parsed.ok) certificate = parsed.value;
    else {
      const lead = { "zh-CN": "残疾人证号无效", en: "Invalid disability certificate number" };
      reasons.push(
        problem(
          "no-disability-certificate",
          ["disabilityCertificate"],
          joined(lead, parsed.errors),
        ),
      );
    }
  }
  if (residentId && certificate && certificate.residentId.id !== residentId.id) {
    reasons.push(
      problem("certificate-id-mismatch", ["disabilityCertificate"], {
        "zh-CN": "残疾人证号中的身份证号码与候选人的身份证号码不一致",
        en: "The resident ID in the disability certificate number is not the candidate's",
      }),
    );
  }

  let birthDate = residentId?.birthDate ?? certificate?.residentId.birthDate;
  if (birthDate === undefined) {
    const given = c.birthDate;
    const day =
      typeof given === "string" || given instanceof Date ? toCalendarDate(given) : undefined;
    if (isBlank(given)) {
      reasons.push(
        problem("birth-date-missing", ["birthDate"], {
          "zh-CN": "无法确定出生日期：既无有效身份证号码，也未填写出生日期",
          en: "No birth date: neither a valid resident ID number nor a birth date is given",
        }),
      );
    } else if (day === undefined || day > asOf) {
      reasons.push(
        problem("birth-date-invalid", ["birthDate"], {
          "zh-CN": `出生日期无效：应为不晚于 ${asOf} 的真实日期（YYYY-MM-DD）`,
          en: `Invalid birth date: it must be a real day (YYYY-MM-DD) no later than ${asOf}`,
        }),
      );
    } else birthDate = day;
  }

  let age: number | null = null;
  if (birthDate !== undefined) {
    age = ageInFullYears(birthDate, asOf, {
      leapDayBirthday: options.leapDayBirthday ?? eligibilityDefaults.leapDayBirthday,
    });
    if (age < minAge) {
      reasons.push(
        problem("age-below-min", ["birthDate"], {
          "zh-CN": `${asOf} 时未满${minAge}周岁（${age}周岁）`,
          en: `Younger than ${minAge} on ${asOf} (aged ${age})`,
        }),
      );
    } else if (age > maxAge) {
      reasons.push(
        problem("age-above-max", ["birthDate"], {
          "zh-CN": `${asOf} 时已超过${maxAge}周岁（${age}周岁）`,
          en: `Older than ${maxAge} on ${asOf} (aged ${age})`,
        }),
      );
    }
  }

  const county = typeof c.countyCode === "string" ? c.countyCode.trim() : "";
  if (!county) {
    reasons.push(
      problem("county-code-missing", ["countyCode"], {
        "zh-CN": "缺少所在县（区）代码",
        en: "No county code",
      }),
    );
  } else if (!includes(options.area.counties, county)) {
    reasons.push(
      problem("outside-programme-area", ["countyCode"], {
        "zh-CN": `县（区）${county} 不是本行动的贫困县`,
        en: `County ${county} is not one of the programme's poverty counties`,
      }),
    );
  }
  const villages = options.area.villages;
  const village = typeof c.villageCode === "string" ? c.villageCode.trim() : "";
  if (villages !== undefined && !includes(villages, village)) {
    reasons.push(
      problem("outside-programme-area", ["villageCode"], {
        "zh-CN": village ? `村 ${village} 不是本行动的相对贫困村` : "缺少所在村代码",
        en: village
          ? `Village ${village} is not one of the programme's relatively poor villages`
          : "No village code, and the programme area lists villages",
      }),
    );
  }

  if (c.registeredPoor !== true) {
    reasons.push(
      problem("not-registered-poor", ["registeredPoor"], {
        "zh-CN": "不是建档立卡贫困户成员",
        en: "Not registered as a member of a poor household",
      }),
    );
  }

  return { eligible: reasons.length === 0, age, reasons };
}
