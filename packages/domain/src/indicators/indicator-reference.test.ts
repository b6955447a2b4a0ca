import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indicators } from "./catalog.js";
import { indicatorReference, indicatorReferenceCommand } from "./indicator-reference.js";

const docsPath = new URL("../../../../docs/indicators.md", import.meta.url);

describe("indicator reference (docs/indicators.md)", () => {
  it("is up to date with the catalog, targets and norms", () => {
    const onDisk = readFileSync(docsPath, "utf8");
    // When this fails, regenerate: see the command on the file's first line.
    expect(onDisk, `docs/indicators.md is stale: run ${indicatorReferenceCommand}`).toBe(
      indicatorReference(),
    );
  });

  it("says on its first line that it is generated, and by what command", () => {
    const first = indicatorReference().split("\n")[0] ?? "";
    expect(first).toMatch(/^<!-- Generated/);
    expect(first).toContain(indicatorReferenceCommand);
  });

  it("documents every indicator and shows the derived arithmetic", () => {
    const markdown = indicatorReference();
    for (const indicator of indicators) expect(markdown).toContain(`(\`${indicator.id}\`)`);
    for (const formula of [
      "70 × 5 = 350",
      "350 × 10 = 3,500",
      "350 × 30 = 10,500",
      "70 × 20 = 1,400",
      "70 × 500 = 35,000",
      "⌊70 ÷ 2⌋ + 1 = 36",
    ]) {
      expect(markdown).toContain(formula);
    }
  });
});
