import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { getPhase, phaseAt, phases, shanghaiDate, shanghaiMidnight } from "./phases.js";

describe("phases", () => {
  it("runs with the host time zone this project asked for", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.EXPECTED_TZ);
  });

  it("follow each other without gap from 2016-08-01 to 2019-01-01 (§四)", () => {
    expect(phases[0]?.start).toBe("2016-08-01");
    for (let i = 1; i < phases.length; i++) expect(phases[i]?.start).toBe(phases[i - 1]?.end);
    expect(phases.at(-1)?.end).toBe("2019-01-01");
  });

  it.each([
    ["2016-07", undefined],
    ["2016-07-31", undefined],
    ["2016-08", "foundation"],
    ["2016-12-31", "foundation"],
    ["2017-01-01", "deepening"],
    ["2017-12", "deepening"],
    ["2018-06-15", "consolidation"],
    ["2018-12-31", "consolidation"],
    ["2019-01", undefined],
    ["garbage", undefined],
  ])("phaseAt(%s) is %s", (date, id) => {
    expect(phaseAt(date)?.id).toBe(id);
  });

  it("phaseAt reads a Date in Beijing time, not the host's", () => {
    // 2016-12-31T16:30Z is 00:30 on 1 January 2017 in Beijing.
    expect(phaseAt(new Date("2016-12-31T16:30:00Z"))?.id).toBe("deepening");
    expect(phaseAt(new Date("2016-12-31T15:59:59.999Z"))?.id).toBe("foundation");
    expect(phaseAt(new Date(Number.NaN))).toBeUndefined();
  });

  it("shanghaiMidnight and shanghaiDate are inverse at boundaries", () => {
    expect(shanghaiMidnight("2017-01-01").toISOString()).toBe("2016-12-31T16:00:00.000Z");
    expect(shanghaiDate(shanghaiMidnight("2018-01-01"))).toBe("2018-01-01");
    expect(getPhase("deepening").firstMonth).toBe("2017-01");
  });

  // The clock no longer uses @date-fns/tz (kept out of the browser); its answers must not change.
  it.each([
    "1900-01-01", // local mean time, +08:05:43
    "1940-06-03", // wartime summer time
    "1986-05-04", // the first day of 1986–1991 summer time
    "1988-07-15",
    "1991-09-15", // the last day of summer time
    "2016-08-01",
    "2017-01-01",
    "2019-01-01",
    "2050-12-31",
  ])(
    "shanghaiMidnight(%s) agrees with @date-fns/tz, and shanghaiDate at each hour around it",
    (day) => {
      const [y, m, d] = day.split("-").map(Number) as [number, number, number];
      const midnight = shanghaiMidnight(day).getTime();
      expect(midnight).toBe(new TZDate(y, m - 1, d, "Asia/Shanghai").getTime());
      for (let hour = -26; hour <= 26; hour++) {
        const instant = new Date(midnight + hour * 3_600_000 - 1);
        const tz = new TZDate(instant.getTime(), "Asia/Shanghai");
        const expected = [tz.getFullYear(), tz.getMonth() + 1, tz.getDate()]
          .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
          .join("-");
        expect(shanghaiDate(instant)).toBe(expected);
      }
    },
  );
});
