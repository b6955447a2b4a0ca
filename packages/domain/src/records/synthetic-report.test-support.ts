import { reportedIndicatorIds } from "../indicators/indicator-ids.js";

// Synthetic data only: a monthly report the schema accepts, for the records tests.

/** Every reported indicator at 0. */
export const syntheticCounts = Object.fromEntries(reportedIndicatorIds.map((id) => [id, 0]));

/** A complete, valid monthly report of one county with one correction. */
export const syntheticReport = {
  unit: "441400",
  month: "2017-03",
  receivedAt: "2017-04-18T10:00:00+08:00",
  filledBy: { organisation: "共青团梅州市委（示例）" },
  counties: [{ county: "441481", counts: { ...syntheticCounts, "youths-registered": 12 } }],
  corrections: [
    {
      month: "2017-02",
      county: "441481",
      indicator: "youths-paired",
      value: 3,
      reason: "重复登记",
    },
  ],
};
