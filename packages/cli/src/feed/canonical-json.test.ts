import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";

describe("canonicalJson", () => {
  it.each([
    { value: { b: 1, a: 2 }, json: '{"a":2,"b":1}' },
    { value: { z: { y: [3, { d: null, c: true }] } }, json: '{"z":{"y":[3,{"c":true,"d":null}]}}' },
    { value: { a: undefined, b: "x" }, json: '{"b":"x"}' },
    { value: [undefined, 1], json: "[null,1]" },
    { value: { "zh-CN": "人", en: "people" }, json: '{"en":"people","zh-CN":"人"}' },
    { value: { "10": 1, "2": 2, a: 3 }, json: '{"10":1,"2":2,"a":3}' },
    { value: 1.5e-7, json: "1.5e-7" },
    { value: "\u2028\n", json: '"\u2028\\n"' },
  ])("writes $json", ({ value, json }) => {
    expect(canonicalJson(value)).toBe(json);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses %s (JSON has none)", (n) => {
    expect(() => canonicalJson({ x: n })).toThrow(RangeError);
  });

  it("sorts keys by UTF-16 code units (RFC 8785), not by locale", () => {
    expect(canonicalJson({ b: 1, B: 2, é: 3, "\u{1F600}": 4, "\uFFFF": 5 })).toBe(
      '{"B":2,"b":1,"é":3,"\u{1F600}":4,"\uFFFF":5}',
    );
  });

  it("gives the same text whatever the key order, and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(
          JSON.stringify(value, (_k, v) =>
            v && typeof v === "object" && !Array.isArray(v)
              ? Object.fromEntries(Object.entries(v).reverse())
              : v,
          ),
        );
        expect(canonicalJson(shuffled)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
