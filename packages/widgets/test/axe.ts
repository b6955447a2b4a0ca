import axe from "axe-core";
import { expect } from "vitest";

/**
 * Runs axe-core on an element, its shadow root included, and asserts zero violations of
 * WCAG 2.0–2.2 A/AA and best-practice rules. `region` (all page content in landmarks) is a
 * page-level rule and is left to the pages that embed the elements.
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: {
      type: "tag",
      values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    rules: { region: { enabled: false } },
    resultTypes: ["violations"],
  });
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .map((n) => `  ${n.target.join(" ")}: ${n.failureSummary ?? ""}`)
        .join("\n")}`,
  );
  expect(violations).toEqual([]);
}
