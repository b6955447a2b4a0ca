/**
 * The canonical JSON text of a value: object keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers as `JSON.stringify` writes them. For the values a feed holds (objects,
 * arrays, strings, finite numbers, booleans, `null`) this is the JSON Canonicalization Scheme of
 * RFC 8785, so any language can recompute a feed's checksum. `undefined` members are dropped as
 * `JSON.stringify` drops them; non-finite numbers are refused (JSON has none).
 *
 * @example
 * canonicalJson({ b: [1, "x"], a: { d: null, c: true } }) //=> '{"a":{"c":true,"d":null},"b":[1,"x"]}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`JSON has no ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 asks for.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`JSON has no ${typeof value}`);
}
