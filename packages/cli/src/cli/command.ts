import type { Locale, LocalizedText } from "@zhucan/domain";

/** Where a command writes: the CLI's stdout/stderr in production, buffers in tests. */
export interface CommandOutput {
  /** Results a user asked for (one line each). Never an unmasked ID. */
  out(line: string): void;
  /** Problems, warnings and progress. Never an unmasked ID. */
  err(line: string): void;
}

/** What every command receives. */
export interface CommandContext {
  readonly lang: Locale;
  readonly output: CommandOutput;
  /** The current instant (injectable so that tests and reproducible builds can fix it). */
  readonly now: () => Date;
  readonly cwd: string;
}

/**
 * One `zhucan <name>` command. `run` returns the process exit code: 0 success, 1 the input has
 * problems (reported), 2 usage error. It never lets an exception escape for bad input.
 */
export interface Command {
  readonly name: string;
  readonly summary: LocalizedText;
  /** Usage and options, shown by `zhucan <name> --help`. */
  readonly help: LocalizedText;
  run(argv: readonly string[], context: CommandContext): Promise<number>;
}
