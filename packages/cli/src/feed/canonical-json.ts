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
  try {
    return nativeSorted(value);
  } catch (error) {
    if (error !== integerKeys) throw error;
    return handWritten(value);
  }
}

const integerLike = /^(0|[1-9]\d*)$/;
const integerKeys = new Error("integer-like keys");

// The native serialiser, with each object whose keys are out of order rebuilt in sorted key
// order (fast). Engines keep the
// insertion order of string keys but put integer-like keys ("2", "10") first in numeric order,
// so a value with such keys is written by hand instead.
function nativeSorted(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) throw new RangeError(`JSON has no ${v}`);
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    let inOrder = true;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const first = k.charCodeAt(0);
      if (first >= 0x30 && first <= 0x39 && integerLike.test(k)) throw integerKeys;
      if (i > 0 && byCodeUnits(keys[i - 1] as string, k) > 0) inOrder = false;
    }
    // Most objects of a feed are built with their keys in order already: written as they are.
    if (inOrder) return v;
    keys.sort(byCodeUnits);
    // No prototype: a "__proto__" key must stay an own member, not replace the prototype.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const k of keys) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
  if (text === undefined) throw new TypeError(`JSON has no ${typeof value}`);
  return text;
}

function handWritten(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`JSON has no ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? "null" : handWritten(item))).join(",")}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => byCodeUnits(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${handWritten(v)}`).join(",")}}`;
  }
  throw new TypeError(`JSON has no ${typeof value}`);
}

// String comparison by UTF-16 code units, as RFC 8785 §3.2.3 asks.
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
