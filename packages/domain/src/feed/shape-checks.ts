// Hand-written counterparts of the few zod/mini pieces the feed schema uses, so that parseFeed
// can check a feed without loading zod (about 8.5 KB gzip of a page's weight). Each one reports
// what the zod piece reports for the same value: the same issue codes, at the same paths, in the
// same order, with the same figures (check-feed-shape.property.test.ts compares the two on
// generated feeds). Where zod's behaviour is surprising, the comment says so: it is copied on
// purpose, since a feed must be accepted or rejected alike by both routes.
import type { SchemaIssue } from "../result/schema-problem.js";

/**
 * Where a check is in the input, and the issues found so far (shared by a whole run). Issues
 * are recorded in zod's vocabulary and worded only if the caller wants problems
 * (`schemaProblem`), so that a check that only needs the verdict carries no wording.
 *
 * @example
 * const context: ShapeContext = { path: [], issues: [], maxProblems: 1000 };
 * context.issues.length //=> 0
 */
export interface ShapeContext {
  /** The JSON path of the value being checked; checks push and pop their keys and indexes. */
  readonly path: (string | number)[];
  readonly issues: SchemaIssue[];
  /** Past this many issues, the run stops by throwing {@link TooManyProblems}. */
  readonly maxProblems: number;
}

/**
 * Thrown by a check that would record one issue more than `maxProblems`, to end the run (the
 * caller catches it; it never leaves `checkFeedShape`).
 *
 * @example
 * const context: ShapeContext = { path: [], issues: [], maxProblems: 0 };
 * try { boolean()(1, context) } catch (e) { e instanceof TooManyProblems } //=> true
 */
export class TooManyProblems extends Error {}

/**
 * Checks one value: records its issues in the context and returns a plain copy of it (new
 * objects and arrays holding only the known keys, as zod's output does), which the caller keeps
 * when no problem was found.
 *
 * @example
 * const context: ShapeContext = { path: [], issues: [], maxProblems: 10 };
 * boolean()("yes", context);
 * context.issues[0]?.code //=> "invalid_type"
 */
export interface ShapeCheck {
  (value: unknown, context: ShapeContext): unknown;
  /** True for a key the object may leave out (`z.optional`). */
  readonly optional?: true;
}

function report(context: ShapeContext, issue: Omit<SchemaIssue, "path">): void {
  if (context.issues.length >= context.maxProblems) throw new TooManyProblems();
  context.issues.push({ ...issue, path: [...context.path] });
}

// The length of a string in Unicode code points (zod's string length checks count those; a lone
// surrogate counts as one, as the string iterator gives it).
const codePoints = (text: string): number => [...text].length;

// zod's `maxLength`/`minLength` run on anything non-nullish with a `length`, even after a type
// error (e.g. a 1,201-character string where a list of months belongs is reported twice: wrong
// type, and too long). The comparisons are JavaScript's, on whatever `length` holds.
function lengthChecks(value: unknown, context: ShapeContext, max: number, min?: number): void {
  if (value === null || value === undefined) return;
  const units = (value as { length?: unknown }).length;
  if (units === undefined) return;
  const long = typeof value === "string" && (units as number) > max ? codePoints(value) : units;
  if (!((long as number) <= max)) report(context, { code: "too_big", maximum: max });
  if (min === undefined) return;
  const short = typeof value === "string" ? codePoints(value) : units;
  if (!((short as number) >= min)) report(context, { code: "too_small", minimum: min });
}

// The URL parser of the platform (browsers and Node have one; the domain is built without DOM
// types, hence this declaration), as zod's `z.url()` uses it: `URL.canParse` where there is one.
declare const URL: { canParse?: (text: string) => boolean; new (text: string): unknown };

function canParseUrl(text: string): boolean {
  try {
    // Without URL at all, reading it throws, and nothing parses.
    return URL.canParse?.(text) ?? !!new URL(text);
  } catch {
    return false;
  }
}

/**
 * What a string must be: at most `maxLength` code points, match `pattern`, or be a URL.
 *
 * @example
 * const licenceUrl: StringShape = { url: true, maxLength: 500 };
 * licenceUrl.maxLength //=> 500
 */
export interface StringShape {
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  /** The name of the pattern in problems: `regex` (the default), `date`, `datetime`. */
  readonly format?: string;
  /** A URL as `z.url()` accepts it: trimmed, then parsed by the platform's URL parser. */
  readonly url?: true;
}

/**
 * A string (`z.string()` with `z.maxLength`, `z.regex`, or `z.url()` / `z.iso.*` formats).
 *
 * @example
 * const context: ShapeContext = { path: ["months", 0], issues: [], maxProblems: 10 };
 * string({ pattern: /^\d{4}-\d{2}$/ })("2017/03", context);
 * context.issues[0] //=> { code: "invalid_format", format: "regex", path: ["months", 0] }
 */
export function string(shape: StringShape = {}): ShapeCheck {
  const { maxLength, pattern, format = "regex", url } = shape;
  return (value, context) => {
    if (typeof value !== "string") {
      report(context, { code: "invalid_type", expected: "string" });
      if (maxLength !== undefined) lengthChecks(value, context, maxLength);
      return value;
    }
    let copy = value;
    if (url) {
      // z.url() keeps the trimmed text without tabs and line breaks (the URL parser ignores them).
      const trimmed = value.trim();
      if (canParseUrl(trimmed)) copy = trimmed.replace(/[\t\n\r]/g, "");
      else report(context, { code: "invalid_format", format: "url" });
    } else if (pattern !== undefined && !pattern.test(value)) {
      report(context, { code: "invalid_format", format });
    }
    if (maxLength !== undefined) lengthChecks(copy, context, maxLength);
    return copy;
  };
}

/**
 * A finite number (`z.number()`), optionally at least 0 (`z.nonnegative()`).
 *
 * @example
 * const context: ShapeContext = { path: ["value"], issues: [], maxProblems: 10 };
 * number({ nonnegative: true })(-1, context);
 * context.issues[0]?.code //=> "too_small"
 */
export function number(shape: { readonly nonnegative?: boolean } = {}): ShapeCheck {
  return (value, context) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      report(context, { code: "invalid_type", expected: "number" });
    } else if (shape.nonnegative && value < 0) {
      report(context, { code: "too_small", minimum: 0 });
    }
    return value;
  };
}

// The range checks of `z.int()` on a finite integer: outside the safe range, then the bound
// (zod reports both for a huge negative one).
function integerRange(value: number, context: ShapeContext, positive: boolean): number {
  if (!Number.isSafeInteger(value)) {
    if (value > 0) report(context, { code: "too_big", maximum: Number.MAX_SAFE_INTEGER });
    else report(context, { code: "too_small", minimum: Number.MIN_SAFE_INTEGER });
  }
  if (positive ? !(value > 0) : !(value >= 0)) report(context, { code: "too_small", minimum: 0 });
  return value;
}

/**
 * A safe integer (`z.int()`) at least 0 (`z.nonnegative()`) or above 0 (`z.positive()`).
 *
 * @example
 * const context: ShapeContext = { path: ["threshold"], issues: [], maxProblems: 10 };
 * integer({ positive: true })(2.5, context);
 * context.issues[0]?.expected //=> "int"
 */
export function integer(shape: { readonly positive?: boolean } = {}): ShapeCheck {
  return (value, context) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      report(context, { code: "invalid_type", expected: "number" });
    } else if (!Number.isInteger(value)) {
      report(context, { code: "invalid_type", expected: "int" });
    } else integerRange(value, context, shape.positive === true);
    return value;
  };
}

/**
 * A published cell (`FeedCell`): a count (an integer ≥ 0), `null`, `"<5"` or `"suppressed"`.
 * Like zod's union, an integer out of range gets the integer's own problems; anything else that
 * is none of the four gets one `invalid_union`.
 *
 * @example
 * const context: ShapeContext = { path: [], issues: [], maxProblems: 10 };
 * feedCell(-3, context);
 * feedCell("<6", context);
 * context.issues.map((issue) => issue.code) //=> ["too_small", "invalid_union"]
 */
export const feedCell: ShapeCheck = (value, context) => {
  if (value === null || value === "<5" || value === "suppressed") return value;
  if (typeof value === "number" && Number.isInteger(value)) {
    return integerRange(value, context, false);
  }
  report(context, { code: "invalid_union", message: "Invalid input" });
  return value;
};

/**
 * `true` or `false` (`z.boolean()`).
 *
 * @example
 * const context: ShapeContext = { path: [], issues: [], maxProblems: 10 };
 * boolean()(true, context) //=> true
 */
export function boolean(): ShapeCheck {
  return (value, context) => {
    if (typeof value !== "boolean") report(context, { code: "invalid_type", expected: "boolean" });
    return value;
  };
}

/**
 * One of a closed list of words (`z.enum`, `z.literal`).
 *
 * @example
 * const context: ShapeContext = { path: ["level"], issues: [], maxProblems: 10 };
 * oneOf(["city", "county"])("town", context);
 * context.issues[0]?.code //=> "invalid_value"
 */
export function oneOf(values: readonly string[]): ShapeCheck {
  const allowed = new Set<unknown>(values);
  return (value, context) => {
    if (!allowed.has(value)) report(context, { code: "invalid_value" });
    return value;
  };
}

/**
 * `null`, or what `check` accepts (`z.nullable`).
 *
 * @example
 * const context: ShapeContext = { path: [], issues: [], maxProblems: 10 };
 * nullable(number())(null, context) //=> null
 */
export function nullable(check: ShapeCheck): ShapeCheck {
  return (value, context) => (value === null ? null : check(value, context));
}

/**
 * A key the object may leave out, or what `check` accepts (`z.optional`).
 *
 * @example
 * optional(boolean()).optional //=> true
 */
export function optional(check: ShapeCheck): ShapeCheck {
  const optionalCheck = (value: unknown, context: ShapeContext) =>
    value === undefined ? undefined : check(value, context);
  return Object.assign(optionalCheck, { optional: true as const });
}

/**
 * A list of items that `item` accepts, at most `maxLength` long, at least `minLength`
 * (`z.array(item).check(z.maxLength(…), z.minLength(…))`). Like zod, a list over the maximum
 * gets that one problem and its items are not read (a 2³² − 1 sparse list costs nothing).
 *
 * @example
 * const context: ShapeContext = { path: ["months"], issues: [], maxProblems: 10 };
 * array(string(), { maxLength: 1200, minLength: 1 })([], context);
 * context.issues[0] //=> { code: "too_small", minimum: 1, path: ["months"] }
 */
export function array(
  item: ShapeCheck,
  shape: { readonly maxLength: number; readonly minLength?: number },
): ShapeCheck {
  const { maxLength, minLength } = shape;
  return (value, context) => {
    if (!Array.isArray(value)) {
      report(context, { code: "invalid_type", expected: "array" });
      lengthChecks(value, context, maxLength, minLength);
      return value;
    }
    const length = value.length;
    if (length > maxLength) {
      report(context, { code: "too_big", maximum: maxLength });
      return value;
    }
    const copy: unknown[] = new Array(length);
    const path = context.path;
    for (let i = 0; i < length; i++) {
      path.push(i);
      copy[i] = item(value[i], context);
      path.pop();
    }
    if (minLength !== undefined && length < minLength) {
      report(context, { code: "too_small", minimum: minLength });
    }
    return copy;
  };
}

/**
 * An object with exactly these keys (`z.strictObject`): each checked in the order given, then
 * one `unrecognized_keys` problem naming every other enumerable key (`for…in`, as zod reads
 * them). The copy holds the known keys in the order given.
 *
 * @example
 * const context: ShapeContext = { path: [], issues: [], maxProblems: 10 };
 * strictObject({ sample: boolean() })({ sample: true, extra: 1 }, context);
 * context.issues[0] //=> { code: "unrecognized_keys", keys: ["extra"], path: [] }
 */
export function strictObject(shape: Readonly<Record<string, ShapeCheck>>): ShapeCheck {
  const entries = Object.entries(shape);
  return (value, context) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      report(context, { code: "invalid_type", expected: "object" });
      return value;
    }
    const input = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    const path = context.path;
    for (const [key, check] of entries) {
      const item = input[key];
      const present = key in input;
      if (!present && check.optional) continue;
      path.push(key);
      const checked = check(item, context);
      path.pop();
      if (present) copy[key] = checked;
    }
    let unknownKeys: string[] | undefined;
    for (const key in input) {
      if (Object.hasOwn(shape, key)) continue;
      unknownKeys ??= [];
      unknownKeys.push(key);
    }
    if (unknownKeys) report(context, { code: "unrecognized_keys", keys: unknownKeys });
    return copy;
  };
}
