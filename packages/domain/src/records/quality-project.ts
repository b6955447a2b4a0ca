import * as z from "zod/mini";
import { Month } from "../calendar/month.js";
import { needAreas } from "../indicators/indicator-ids.js";
import { DivisionCode, RecordCount, RecordId, RecordName } from "./record-fields.js";

/**
 * One quality project of the 助残精品 plan (§三(三)): built by a 助残之星 organisation through the
 * 益苗计划 project competitions around its paired youths' needs, serving about 30 disabled
 * youths in the paired towns and villages.
 *
 * @example
 * QualityProjectRecord.safeParse({
 *   id: "MZ-PRJ-001", name: "阳光康复行动（合成）", organisation: "MZ-ORG-001",
 *   county: "441403", startMonth: "2017-03", youthsServed: 30, needAreas: ["rehabilitation"],
 * }).success //=> true
 */
export const QualityProjectRecord = z.strictObject({
  id: RecordId,
  name: RecordName,
  /** The {@link StarOrganisationRecord} id of the organisation that runs it. */
  organisation: RecordId,
  county: DivisionCode,
  startMonth: Month,
  /** Disabled youths it serves (the norm is about 30). */
  youthsServed: RecordCount,
  /** The need areas of §三(一) it answers: at least one. */
  needAreas: z.array(z.enum(needAreas)).check(z.minLength(1), z.maxLength(needAreas.length)),
  /** The 益苗计划 competition round it came through, when known. */
  competition: z.optional(z.string().check(z.maxLength(200))),
});
export type QualityProjectRecord = z.infer<typeof QualityProjectRecord>;
