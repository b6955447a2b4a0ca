import { describe, expect, it } from "vitest";
import { readProgress } from "./read-progress.js";

describe("readProgress", () => {
  it.each([
    {
      name: "one file at a time",
      total: 250,
      calls: [99, 100, 101, 199, 200, 250],
      expected: [100, 200],
    },
    {
      name: "in jumps",
      total: 630,
      calls: [37, 350, 351, 629, 630],
      expected: [100, 200, 300, 400, 500, 600],
    },
    { name: "never after the last file", total: 200, calls: [100, 200], expected: [100] },
    { name: "nothing for few files", total: 99, calls: [50, 99], expected: [] },
  ])("says each hundredth file once, in order: $name", ({ total, calls, expected }) => {
    const lines: string[] = [];
    const onProgress = readProgress(total, {
      lang: "en",
      output: { out: () => {}, err: (l) => lines.push(l) },
    });
    for (const done of calls) onProgress(done);
    expect(lines).toEqual(expected.map((n) => `Read ${n}/${total} files…`));
  });
});
