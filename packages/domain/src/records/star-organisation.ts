import * as z from "zod/mini";
import { Month } from "../calendar/month.js";
import { DivisionCode, RecordCount, RecordId, RecordName } from "./record-fields.js";

/**
 * One key volunteer disability-assistance organisation of the 助残之星 plan (§三(二)): where it
 * works, which city helps it, since when it is supported, and how many local poor disabled
 * youths it is paired with ("每个志愿服务组织结对帮扶10名", by pairing + relay 结对+接力).
 *
 * @example
 * StarOrganisationRecord.safeParse({
 *   id: "MZ-ORG-001", name: "梅县区助残志愿服务队（合成）", county: "441403",
 *   helpingUnit: "440100", supportedFrom: "2016-10", pairedYouths: 10,
 * }).success //=> true
 */
export const StarOrganisationRecord = z.strictObject({
  id: RecordId,
  name: RecordName,
  /** The county-level unit (a poverty county) where it serves. */
  county: DivisionCode,
  /** The helping city (or Shunde) that builds it with the helped city (§三(二)), when known. */
  helpingUnit: z.optional(DivisionCode),
  /** The month its support as a 助残之星 began. */
  supportedFrom: Month,
  /** Poor disabled youths it is paired with (the norm is 10). */
  pairedYouths: RecordCount,
  note: z.optional(z.string().check(z.maxLength(500))),
});
export type StarOrganisationRecord = z.infer<typeof StarOrganisationRecord>;
