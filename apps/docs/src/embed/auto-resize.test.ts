import { describe, expect, it } from "vitest";
import { autoResizeScript, embedHeightMessage } from "./auto-resize.js";

describe("the auto-resize snippet for parent pages", () => {
  it("is under 1 KB (UTF-8 bytes)", () => {
    const bytes = new TextEncoder().encode(autoResizeScript).length;
    expect(bytes).toBeLessThan(1024);
  });

  it("is one script element that listens for the embed page's height message", () => {
    expect(autoResizeScript.startsWith("<script>")).toBe(true);
    expect(autoResizeScript.split("</script>")).toEqual([expect.any(String), ""]);
    expect(autoResizeScript).toContain(`"${embedHeightMessage}"`);
    expect(autoResizeScript).toContain("iframe[data-zc-embed]");
  });
});
