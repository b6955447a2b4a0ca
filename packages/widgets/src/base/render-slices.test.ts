import { describe, expect, it } from "vitest";
import { renderInSlice, renderSliceMs } from "./render-slices.js";

// A stand-in for an element's render: busy for `ms` milliseconds, then notes its name.
const busy = (name: string, ms: number, log: string[]) => () => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Work, as a render would.
  }
  log.push(name);
};

// Starts each test in a fresh task, so that an earlier test's slice is closed.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("renderInSlice", () => {
  it("runs a lone render at once", async () => {
    await nextTask();
    const log: string[] = [];
    expect(renderInSlice(busy("a", 1, log))).toBeUndefined();
    expect(log).toEqual(["a"]);
  });

  it("runs renders in order, leaving the ones past the slice for later tasks, with the page's task in between", async () => {
    await nextTask();
    const log: string[] = [];
    const renders = Array.from({ length: 8 }, (_, i) =>
      renderInSlice(busy(`r${i}`, renderSliceMs / 2, log)),
    );
    const ranAtOnce = renders.filter((r) => r === undefined).length;
    // The slice holds two or three of them (the clock decides); never all.
    expect(ranAtOnce).toBeGreaterThanOrEqual(1);
    expect(ranAtOnce).toBeLessThan(8);
    expect(log).toHaveLength(ranAtOnce);
    // A task the page queues now (here a message, as input or a timer would be) runs before
    // the rest of the renders.
    const page = new Promise<void>((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        log.push("page");
        resolve();
      };
      port2.postMessage(null);
    });
    await Promise.all([...renders, page]);
    const order = log.filter((name) => name !== "page");
    expect(order).toEqual(Array.from({ length: 8 }, (_, i) => `r${i}`));
    expect(log.indexOf("page")).toBeLessThan(log.length - 1);
  });

  it("rejects a queued render's promise with its error, and still runs the ones after it", async () => {
    await nextTask();
    const log: string[] = [];
    renderInSlice(busy("fill", renderSliceMs + 2, log));
    const failing = renderInSlice(() => {
      throw new Error("render failed");
    });
    const after = renderInSlice(busy("after", 1, log));
    await expect(failing).rejects.toThrow("render failed");
    await after;
    expect(log).toEqual(["fill", "after"]);
  });
});
