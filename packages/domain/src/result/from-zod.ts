import type * as z from "zod/mini";
import { type Problem, problem } from "./result.js";

function describe(issue: z.core.$ZodIssue): { "zh-CN": string; en: string } {
  const where = issue.path.length ? issue.path.join(".") : "(root)";
  switch (issue.code) {
    case "invalid_type":
      return {
        "zh-CN": `${where}：类型错误，应为 ${issue.expected}`,
        en: `${where}: wrong type, expected ${issue.expected}`,
      };
    case "unrecognized_keys":
      return {
        "zh-CN": `${where}：不允许的字段 ${issue.keys.join("、")}`,
        en: `${where}: unexpected field(s) ${issue.keys.join(", ")}`,
      };
    case "too_big":
      return {
        "zh-CN": `${where}：超过上限 ${String(issue.maximum)}`,
        en: `${where}: above the maximum of ${String(issue.maximum)}`,
      };
    case "too_small":
      return {
        "zh-CN": `${where}：低于下限 ${String(issue.minimum)}`,
        en: `${where}: below the minimum of ${String(issue.minimum)}`,
      };
    case "invalid_format":
      return {
        "zh-CN": `${where}：格式错误（${issue.format}）`,
        en: `${where}: wrong format (${issue.format})`,
      };
    case "invalid_value":
      return {
        "zh-CN": `${where}：取值不在允许范围内`,
        en: `${where}: value not among those allowed`,
      };
    default:
      return { "zh-CN": `${where}：数据无效`, en: `${where}: invalid (${issue.message})` };
  }
}

/**
 * Turns zod's issues into the library's {@link Problem}s: `code` is `schema-` + zod's issue code
 * in kebab-case, `path` is the JSON path, messages are in zh-CN and en.
 *
 * @example
 * const r = z.object({ a: z.number() }).safeParse({ a: "x" });
 * problemsFromZod(r.error!.issues)[0].code //=> "schema-invalid-type"
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) =>
    problem(
      `schema-${issue.code.replaceAll("_", "-")}`,
      issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      describe(issue),
    ),
  );
}
