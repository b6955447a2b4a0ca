import * as z from "zod/mini";
import { problemsFromZod } from "../result/from-zod.js";
import { fail, type Result, succeed } from "../result/result.js";

/**
 * A 6-digit GB/T 2260 division code (county-level unit, city or province) as a record field.
 * Only the shape is checked here; whether the code exists is the geography's question.
 *
 * @example
 * DivisionCode.safeParse("441481").success //=> true
 * DivisionCode.safeParse("44148").success //=> false
 */
export const DivisionCode = z.string().check(z.regex(/^\d{6}$/, "6-digit GB/T 2260 code"));
export type DivisionCode = z.infer<typeof DivisionCode>;

/**
 * A 12-digit statistical division code of a village (统计用区划代码).
 *
 * @example
 * VillageCode.safeParse("441481100201").success //=> true
 */
export const VillageCode = z.string().check(z.regex(/^\d{12}$/, "12-digit village code"));
export type VillageCode = z.infer<typeof VillageCode>;

/**
 * The identifier a partner gives a record (organisation, project, station, team): 1–64 ASCII
 * letters, digits, `.`, `_` or `-`, so that it is safe in file names and URLs.
 *
 * @example
 * RecordId.safeParse("MZ-ORG-001").success //=> true
 * RecordId.safeParse("梅州-1").success //=> false
 */
export const RecordId = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, "record id"));
export type RecordId = z.infer<typeof RecordId>;

/**
 * A name as written by people: 1–200 characters.
 *
 * @example
 * RecordName.safeParse("").success //=> false
 */
export const RecordName = z.string().check(z.minLength(1), z.maxLength(200));
export type RecordName = z.infer<typeof RecordName>;

/**
 * A count of people or things: a whole number ≥ 0.
 *
 * @example
 * RecordCount.safeParse(10).success //=> true
 * RecordCount.safeParse(-1).success //=> false
 */
export const RecordCount = z.int().check(z.nonnegative());
export type RecordCount = z.infer<typeof RecordCount>;

/**
 * Checks an input against a record schema and returns the library's {@link Result}: the parsed
 * record, or problems with JSON paths (`schema-*` codes) in zh-CN and en. Never throws.
 *
 * @example
 * parseRecord(RecordCount, 3) //=> { ok: true, value: 3 }
 * parseRecord(RecordCount, -1).ok //=> false
 */
export function parseRecord<T>(schema: z.ZodMiniType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? succeed(parsed.data) : fail(...problemsFromZod(parsed.error.issues));
}
