// When the chunk of the validator's words cannot be fetched, a bad feed's problems still say
// what and where (SYNTHETIC data only).
import { describe, expect, it, vi } from "vitest";
import { wordIssues } from "./validate-feed.js";

const unavailable = () =>
  Promise.reject(new TypeError("Failed to fetch dynamically imported module"));

describe("wordIssues without the words' chunk", () => {
  it("names each problem by its code, at its path", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await wordIssues(
      [
        { code: "too_small", path: ["months"], minimum: 1 },
        { code: "feed-as-of-mismatch", path: ["asOf"], rule: "as-of", values: ["2017-02"] },
      ],
      unavailable,
    );
    expect(result.errors).toEqual([
      {
        code: "schema-too-small",
        path: ["months"],
        message: { "zh-CN": "schema-too-small", en: "schema-too-small" },
      },
      {
        code: "feed-as-of-mismatch",
        path: ["asOf"],
        message: { "zh-CN": "feed-as-of-mismatch", en: "feed-as-of-mismatch" },
      },
    ]);
    expect(console.error).toHaveBeenCalledOnce();
  });
});
