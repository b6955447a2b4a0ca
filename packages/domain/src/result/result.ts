import type { LocalizedText } from "../i18n/localized-text.js";

/** Where in the input a problem is: object keys and array indexes from the root. */
export type ProblemPath = readonly (string | number)[];

/**
 * One thing wrong with an input: a stable kebab-case `code` (public API), where it is, and a
 * message in zh-CN and en.
 *
 * @example
 * const p: Problem = {
 *   code: "bad-check-character",
 *   path: [],
 *   message: { "zh-CN": "身份证号码校验码错误", en: "The ID number's check character is wrong" },
 * };
 */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly path: ProblemPath;
  readonly message: LocalizedText;
}

/**
 * What every parser and check of the library returns: never an exception for bad data.
 *
 * @example
 * const r: Result<number> = { ok: true, value: 35 };
 * r.ok ? r.value : r.errors //=> 35
 */
export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly Problem<Code>[] };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * succeed(3) //=> { ok: true, value: 3 }
 */
export function succeed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Builds a failed {@link Result} from one or more problems.
 *
 * @example
 * fail(problem("empty", [], { "zh-CN": "为空", en: "Empty" })).ok //=> false
 */
export function fail<Code extends string>(
  ...errors: Problem<Code>[]
): { readonly ok: false; readonly errors: readonly Problem<Code>[] } {
  return { ok: false, errors };
}

/**
 * Builds a {@link Problem}.
 *
 * @example
 * problem("age-below-min", ["birthDate"], { "zh-CN": "未满6周岁", en: "Younger than 6" }).code
 * //=> "age-below-min"
 */
export function problem<Code extends string>(
  code: Code,
  path: ProblemPath,
  message: LocalizedText,
): Problem<Code> {
  return { code, path, message };
}
