import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./cli-errors.js";

/**
 * `node:util` `parseArgs` with the CLI's error handling: a wrong command line becomes a
 * {@link UsageError} with a message in both languages instead of Node's English-only exception.
 *
 * @example
 * parseCommandArgs({ args: ["--unit", "441400"], options: { unit: { type: "string" } } }).values.unit
 * //=> "441400"
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageErrorFrom(error);
  }
}

function usageErrorFrom(error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError({ "zh-CN": `未知选项 ${quoted}`, en: `Unknown option ${quoted}` });
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError({
        "zh-CN": `选项 ${optionName(message)} 的值缺失或不正确`,
        en: `Option ${optionName(message)} is missing its value or has a wrong one`,
      });
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError({
        "zh-CN": `多余的参数 ${quoted}`,
        en: `Unexpected argument ${quoted}`,
      });
    default:
      return new UsageError({
        "zh-CN": `命令行有误：${message}`,
        en: `Wrong command line: ${message}`,
      });
  }
}

// Node's message names the option as "Option '--unit <value>' argument missing" or similar.
function optionName(message: string): string {
  return /'(--?[\w-]+)/.exec(message)?.[1] ?? "";
}

/**
 * Checks that an option's value is one of the allowed ones.
 *
 * @example
 * oneOf("csv", ["xlsx", "csv"] as const, "--format") //=> "csv"
 */
export function oneOf<const T extends string>(
  value: string,
  allowed: readonly T[],
  option: string,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.join(" | ");
  throw new UsageError({
    "zh-CN": `${option} 的值 “${value}” 不正确，应为 ${list}`,
    en: `${option} must be ${list}, not "${value}"`,
  });
}

/**
 * Returns a required option's value or throws a {@link UsageError} naming it.
 *
 * @example
 * required("441400", "--unit") //=> "441400"
 */
export function required(value: string | undefined, option: string): string {
  if (value === undefined || value === "") {
    throw new UsageError({ "zh-CN": `缺少选项 ${option}`, en: `Option ${option} is required` });
  }
  return value;
}
