// A command context for tests: output captured in arrays, a fixed clock, a working folder.
import type { CommandContext } from "../../src/cli/command.js";

export interface CapturedContext extends CommandContext {
  readonly lines: { out: string[]; err: string[] };
}

/** A context whose clock stands at 2019-02-01 (after the sample's last report) unless given. */
export function testContext(
  cwd: string,
  now = new Date("2019-02-01T00:00:00+08:00"),
): CapturedContext {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lang: "en",
    cwd,
    now: () => now,
    output: { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) },
    lines,
  };
}
