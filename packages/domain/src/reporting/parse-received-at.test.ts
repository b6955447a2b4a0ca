import { describe, expect, it } from "vitest";
import { parseReceivedAt } from "./parse-received-at.js";

const iso = (input: unknown, options = {}) => {
  const r = parseReceivedAt(input, options);
  return r.ok ? r.value.toISOString() : r.errors.map((e) => e.code).join();
};

describe("parseReceivedAt", () => {
  it.each([
    ["2016-09-20T23:59:59.999+08:00", "2016-09-20T15:59:59.999Z"],
    ["2016-09-20T15:59:59.999Z", "2016-09-20T15:59:59.999Z"],
    ["2016-09-20t15:59:59z", "2016-09-20T15:59:59.000Z"],
    ["2016-09-20T08:00:00-07:00", "2016-09-20T15:00:00.000Z"],
    ["2016-09-20T23:59:59+0800", "2016-09-20T15:59:59.000Z"],
    ["2016-09-20T23:59+08", "2016-09-20T15:59:00.000Z"],
    ["2016-09-20T23:59:59.9999999+08:00", "2016-09-20T15:59:59.999Z"],
    ["2016-09-20T23:59:59,5+08:00", "2016-09-20T15:59:59.500Z"],
  ])("reads %s with its offset as %s", (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it.each([
    ["2016-09-20T23:59:59.999", "2016-09-20T15:59:59.999Z"],
    ["2016-09-20 18:00", "2016-09-20T10:00:00.000Z"],
    ["2016-09-20", "2016-09-19T16:00:00.000Z"],
    ["  2016-09-20  ", "2016-09-19T16:00:00.000Z"],
  ])(
    "reads %s without an offset on the Beijing clock, whatever the host: %s",
    (input, expected) => {
      expect(iso(input)).toBe(expected);
    },
  );

  it("reads strings without an offset in the zone asked for", () => {
    expect(iso("2016-09-20T00:00", { timeZone: "America/Los_Angeles" })).toBe(
      "2016-09-20T07:00:00.000Z",
    );
  });

  it("takes a valid Date as it is, as a copy", () => {
    const date = new Date("2016-09-20T15:59:59.999Z");
    const r = parseReceivedAt(date);
    expect(r.ok && r.value.getTime()).toBe(date.getTime());
    expect(r.ok && r.value).not.toBe(date);
  });

  it.each([
    ["20/09/2016", "received-at-format"],
    ["2016-09-20Z", "received-at-format"],
    ["2016-9-20", "received-at-format"],
    ["Tue Sep 20 2016", "received-at-format"],
    ["", "received-at-format"],
    ["2016-02-30", "received-at-invalid-date"],
    ["2016-04-31T10:00:00Z", "received-at-invalid-date"],
    ["2016-09-20T24:00:00Z", "received-at-invalid-date"],
    ["2016-09-20T23:60:00Z", "received-at-invalid-date"],
    ["2016-09-20T23:59:60Z", "received-at-invalid-date"],
    ["2016-09-20T23:00:00+15:00", "received-at-invalid-date"],
    ["0016-09-20", "received-at-invalid-date"],
    [new Date(Number.NaN), "received-at-invalid-date"],
    [1474387199999, "received-at-type"],
    [null, "received-at-type"],
    [{}, "received-at-type"],
  ])("rejects %j with %s", (input, code) => {
    expect(iso(input)).toBe(code);
  });

  it("rejects a string without offset when the zone is unknown", () => {
    expect(iso("2016-09-20", { timeZone: "Nowhere/Atlantis" })).toBe("received-at-invalid-date");
  });
});
