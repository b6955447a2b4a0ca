import { type Problem, type ProblemPath, problem } from "./result.js";

/**
 * What a schema check found wrong with one value, in the vocabulary of zod's issues, so that the
 * feed's hand-written checker and the zod route word their problems alike. `code` is zod's issue
 * code (`invalid_type`, `too_big`…); the other fields are those its message needs.
 *
 * @example
 * const issue: SchemaIssue = { code: "too_small", path: ["months"], minimum: 1 };
 * schemaProblem(issue).code //=> "schema-too-small"
 */
export interface SchemaIssue {
  readonly code: string;
  readonly path: ProblemPath;
  /** `invalid_type`: the type wanted (`string`, `int`, `object`…). */
  readonly expected?: string;
  /** `unrecognized_keys`: the keys not allowed. */
  readonly keys?: readonly string[];
  /** `too_big`: the largest allowed size or value. */
  readonly maximum?: number | bigint;
  /** `too_small`: the smallest allowed size or value. */
  readonly minimum?: number | bigint;
  /** `invalid_format`: the format missed (`regex`, `url`, `datetime`, `date`). */
  readonly format?: string;
  /** Any other code: the checker's own words. */
  readonly message?: string;
}

function describe(issue: SchemaIssue): { "zh-CN": string; en: string } {
  const where = issue.path.length ? issue.path.join(".") : "(root)";
  switch (issue.code) {
    case "invalid_type":
      return {
        "zh-CN": `${where}：类型错误，应为 ${issue.expected}`,
        en: `${where}: wrong type, expected ${issue.expected}`,
      };
    case "unrecognized_keys":
      return {
        "zh-CN": `${where}：不允许的字段 ${issue.keys?.join("、")}`,
        en: `${where}: unexpected field(s) ${issue.keys?.join(", ")}`,
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
 * Turns one {@link SchemaIssue} into a {@link Problem}: `code` is `schema-` + the issue code in
 * kebab-case, `path` the JSON path, messages in zh-CN and en naming the path.
 *
 * @example
 * schemaProblem({ code: "too_big", path: ["months"], maximum: 1200 }).message.en
 * //=> "months: above the maximum of 1200"
 */
export function schemaProblem(issue: SchemaIssue): Problem {
  return problem(`schema-${issue.code.replaceAll("_", "-")}`, issue.path, describe(issue));
}
