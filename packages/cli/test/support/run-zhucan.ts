import type { Command } from "../../src/cli/command.js";
import { runCli } from "../../src/cli/run-cli.js";

/** What a test run of `zhucan` printed and returned. */
export interface ZhucanRun {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
  /** stdout and stderr together, for "never printed anywhere" assertions. */
  readonly all: string;
}

/** Runs `zhucan` in-process with captured output and a fixed clock (2019-03-01, Beijing). */
export async function runZhucan(
  argv: readonly string[],
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    now?: Date;
    commands?: readonly Command[];
  } = {},
): Promise<ZhucanRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    output: { out: (l) => out.push(l), err: (l) => err.push(l) },
    env: options.env ?? {},
    now: () => options.now ?? new Date("2019-03-01T00:00:00+08:00"),
    cwd: options.cwd ?? process.cwd(),
    ...(options.commands && { commands: options.commands }),
  });
  return { code, out, err, all: [...out, ...err].join("\n") };
}
