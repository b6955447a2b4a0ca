import * as z from "zod/mini";
import type { ProgrammeArea } from "../programme/programme-area.js";
import { problemsFromZod } from "../result/from-zod.js";
import { fail, type Problem, problem, type Result, succeed } from "../result/result.js";
import { countyLevelUnits, getDivision } from "./divisions.js";

/**
 * The shape of a programme-area list as a partner supplies it, before its codes are checked:
 * `counties` (1 to 1,000 strings) and optionally `villages` (up to 50,000 strings). The limits
 * only bound the work of checking; Guangdong has 124 county-level units.
 *
 * @example
 * ProgrammeAreaInput.safeParse({ counties: ["441481"] }).success //=> true
 * ProgrammeAreaInput.safeParse({ counties: ["441481"], extra: 1 }).success //=> false
 */
export const ProgrammeAreaInput = z.strictObject({
  counties: z.array(z.string()).check(z.minLength(1), z.maxLength(1000)),
  villages: z.optional(z.array(z.string()).check(z.maxLength(50000))),
});
export type ProgrammeAreaInput = z.infer<typeof ProgrammeAreaInput>;

const unitCodes = new Set(countyLevelUnits().map((u) => u.code));

function checkCounty(code: string, path: (string | number)[]): Problem | undefined {
  if (!/^\d{6}$/.test(code)) {
    return problem("county-code-format", path, {
      "zh-CN": `“${code}”不是6位行政区划代码（GB/T 2260）`,
      en: `"${code}" is not a 6-digit division code (GB/T 2260)`,
    });
  }
  if (unitCodes.has(code)) return undefined;
  const division = getDivision(code);
  if (division) {
    const zh = division.name["zh-CN"];
    return problem("not-county-level", path, {
      "zh-CN": `${code}（${zh}）不是县级单位，请逐一列出其所辖县（市、区）`,
      en: `${code} (${division.name.en}) is not a county-level unit: list its counties one by one`,
    });
  }
  return problem("unknown-county", path, {
    "zh-CN": `${code} 不是广东省的县级行政区划代码`,
    en: `${code} is not the code of a county-level unit of Guangdong`,
  });
}

function checkVillage(code: string, path: (string | number)[]): Problem | undefined {
  if (!/^\d{12}$/.test(code)) {
    return problem("village-code-format", path, {
      "zh-CN": `“${code}”不是12位统计用区划代码`,
      en: `"${code}" is not a 12-digit statistical division code`,
    });
  }
  if (unitCodes.has(code.slice(0, 6))) return undefined;
  return problem("village-outside-guangdong", path, {
    "zh-CN": `${code} 的前6位不是广东省的县级行政区划代码`,
    en: `The first 6 digits of ${code} are not a county-level unit of Guangdong`,
  });
}

function checkList(
  codes: readonly string[],
  key: "counties" | "villages",
  check: (code: string, path: (string | number)[]) => Problem | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const firstIndex = new Map<string, number>();
  codes.forEach((code, i) => {
    const path = [key, i];
    const bad = check(code, path);
    if (bad) problems.push(bad);
    const first = firstIndex.get(code);
    if (first === undefined) {
      firstIndex.set(code, i);
    } else {
      problems.push(
        problem(key === "counties" ? "duplicate-county" : "duplicate-village", path, {
          "zh-CN": `${code} 重复列出（首次出现于 ${key}[${first}]）`,
          en: `${code} is listed twice (first at ${key}[${first}])`,
        }),
      );
    }
  });
  return problems;
}

/**
 * Checks a programme-area list supplied by a partner (the notice does not list the 70 poverty
 * counties or the relatively poor villages, so they are always input data): every county is a
 * 6-digit code of one of Guangdong's 124 county-level units (Dongguan and Zhongshan count as
 * one unit each), every village a 12-digit statistical code whose first 6 digits are such a
 * unit, no code twice. Villages need not lie in the listed counties: the relatively poor
 * villages were designated across the province. Codes are kept in the order given.
 *
 * Problem codes: `schema-*` (shape), `county-code-format`, `not-county-level` (a city or the
 * province), `unknown-county`, `duplicate-county`, `village-code-format`,
 * `village-outside-guangdong`, `duplicate-village`; paths like `["counties", 3]`.
 *
 * @example
 * parseProgrammeArea({ counties: ["441481", "441882"] })
 * //=> { ok: true, value: { counties: ["441481", "441882"] } }
 * parseProgrammeArea({ counties: ["441400"] }).errors?.[0].code //=> "not-county-level"
 */
export function parseProgrammeArea(input: unknown): Result<ProgrammeArea> {
  const shape = ProgrammeAreaInput.safeParse(input);
  if (!shape.success) return fail(...problemsFromZod(shape.error.issues));
  const { counties, villages } = shape.data;
  const problems = [
    ...checkList(counties, "counties", checkCounty),
    ...checkList(villages ?? [], "villages", checkVillage),
  ];
  if (problems.length > 0) return fail(...problems);
  return succeed(
    villages ? { counties: [...counties], villages: [...villages] } : { counties: [...counties] },
  );
}
