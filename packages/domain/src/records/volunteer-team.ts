import * as z from "zod/mini";
import { Month } from "../calendar/month.js";
import { DivisionCode, RecordCount, RecordId, RecordName } from "./record-fields.js";

/**
 * One volunteer team (志愿服务队伍): built jointly by helping and helped cities (§三(二)) and
 * managed by a V-station, which on the model has 20 of them (§三(四)).
 *
 * @example
 * VolunteerTeamRecord.safeParse({
 *   id: "MZ-TEAM-001", name: "梅县区青年志愿者助残分队（合成）", county: "441403",
 *   vStation: "MZ-VS-441403", formedMonth: "2017-07", volunteers: 25,
 * }).success //=> true
 */
export const VolunteerTeamRecord = z.strictObject({
  id: RecordId,
  name: RecordName,
  county: DivisionCode,
  /** The {@link VStationRecord} id of the station that manages it, if any. */
  vStation: z.optional(RecordId),
  formedMonth: Month,
  volunteers: RecordCount,
});
export type VolunteerTeamRecord = z.infer<typeof VolunteerTeamRecord>;
