import * as z from "zod/mini";
import { Month } from "../calendar/month.js";
import { DivisionCode, RecordCount, RecordId, RecordName } from "./record-fields.js";

/**
 * The services a 助残V站 offers (§三(四)): volunteer registration, organisation building,
 * training, team management, project operation, fund-raising and platform services.
 *
 * @example
 * vStationServices.length //=> 7
 */
export const vStationServices = [
  "registration",
  "organisation-building",
  "training",
  "team-management",
  "project-operation",
  "fund-raising",
  "platform",
] as const;
/** One of {@link vStationServices}. */
export type VStationService = (typeof vStationServices)[number];

/**
 * One V-station of the 助残V站 plan (§三(四)): one per poverty county, on the model
 * "1 station + 20 volunteer teams + 500 disabled youths".
 *
 * @example
 * VStationRecord.safeParse({
 *   id: "MZ-VS-441403", name: "梅县区助残V站（合成）", county: "441403", openedMonth: "2017-06",
 *   services: ["registration", "training"], youthsServed: 120,
 * }).success //=> true
 */
export const VStationRecord = z.strictObject({
  id: RecordId,
  name: RecordName,
  county: DivisionCode,
  openedMonth: Month,
  services: z.array(z.enum(vStationServices)).check(z.maxLength(vStationServices.length)),
  /** Disabled youths it serves to date (the model's figure is 500). */
  youthsServed: RecordCount,
});
export type VStationRecord = z.infer<typeof VStationRecord>;
