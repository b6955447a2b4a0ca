import { type Locale, localize } from "@zhucan/domain";
import { formatCommandHelp, formatGeneralHelp } from "../commands/help.js";
import { commands as registeredCommands } from "../commands/index.js";
import { cliMessages, internalError, seeHelp, unknownCommand } from "../i18n/cli-messages.js";
import { detectLocale } from "../i18n/detect-locale.js";
import { InputError, UsageError } from "./cli-errors.js";
import type { Command, CommandContext, CommandOutput } from "./command.js";
import { exitCodes } from "./exit-codes.js";
import { maskedOutput } from "./masked-output.js";
import { cliVersion } from "./version.js";

/** What {@link runCli} runs against; every field defaults to the real process. */
export interface RunCliContext {
  /** Default: `process.stdout` / `process.stderr`, one line each. */
  readonly output?: CommandOutput;
  /** Default: `process.env` (read for `LANG`, `LC_ALL`, `LC_MESSAGES`, `ZHUCAN_DEBUG`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Default: the system clock. */
  readonly now?: () => Date;
  /** Default: `process.cwd()`. Relative paths of the command line are resolved against it. */
  readonly cwd?: string;
  /** Default: every command of `zhucan`. */
  readonly commands?: readonly Command[];
}

/**
 * Runs `zhucan` with the given arguments (without `node` and the script) and resolves to the exit
 * code: 0 success, 1 input problems, 2 usage error, 3 internal error. Never throws and never
 * prints a stack trace unless `ZHUCAN_DEBUG=1`; every line it prints is ID-masked.
 *
 * @example
 * const lines: string[] = [];
 * await runCli(["--version"], { output: { out: (l) => lines.push(l), err: () => {} } }) //=> 0
 * lines //=> ["0.1.0"]
 */
export async function runCli(
  argv: readonly string[],
  context: RunCliContext = {},
): Promise<number> {
  const stdio = context.output ? undefined : bufferedProcessOutput();
  try {
    return await runWith(argv, context, stdio ?? (context.output as CommandOutput));
  } finally {
    stdio?.flush();
  }
}

async function runWith(
  argv: readonly string[],
  context: RunCliContext,
  rawOutput: CommandOutput,
): Promise<number> {
  const env = context.env ?? process.env;
  const output = maskedOutput(rawOutput);
  const commands = context.commands ?? registeredCommands;
  let lang: Locale = detectLocale(undefined, env);
  let commandName: string | undefined;
  try {
    const split = takeLangOption(argv);
    lang = detectLocale(split.lang, env);
    const rest = split.rest;
    const first = rest[0];
    if (first === undefined) {
      output.err(formatGeneralHelp(commands, lang, cliVersion));
      return exitCodes.usage;
    }
    if (first === "-h" || first === "--help") {
      output.out(formatGeneralHelp(commands, lang, cliVersion));
      return exitCodes.ok;
    }
    if (first === "-v" || first === "--version") {
      output.out(cliVersion);
      return exitCodes.ok;
    }
    const command = commands.find((c) => c.name === first);
    if (!command) {
      throw new UsageError(
        unknownCommand(
          first,
          closest(
            first,
            commands.map((c) => c.name),
          ),
        ),
      );
    }
    commandName = command.name;
    const args = rest.slice(1);
    if (wantsHelp(args)) {
      output.out(formatCommandHelp(command, lang));
      return exitCodes.ok;
    }
    const commandContext: CommandContext = {
      lang,
      output,
      now: context.now ?? (() => new Date()),
      cwd: context.cwd ?? process.cwd(),
    };
    return await command.run(args, commandContext);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(localize(error.text, lang));
      output.err(localize(seeHelp(commandName), lang));
      return exitCodes.usage;
    }
    if (error instanceof InputError) {
      output.err(localize(error.text, lang));
      return exitCodes.inputProblems;
    }
    const message = error instanceof Error ? error.message : String(error);
    output.err(localize(internalError(firstLine(message)), lang));
    if (env.ZHUCAN_DEBUG === "1" && error instanceof Error && error.stack) {
      output.err(error.stack);
    } else {
      output.err(localize(cliMessages.debugHint, lang));
    }
    return exitCodes.internal;
  }
}

// stdout gathered into writes of up to 64 KB: `records check` prints a line per row, and one
// write per line costs a system call each. Flushed before anything goes to stderr, so progress
// and problems still appear after the lines printed before them.
function bufferedProcessOutput(): CommandOutput & { flush(): void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    process.stdout.write(pending.join(""));
    pending = [];
    size = 0;
  };
  return {
    out: (line) => {
      pending.push(`${line}\n`);
      size += line.length + 1;
      if (size >= 65_536) flush();
    },
    err: (line) => {
      flush();
      process.stderr.write(`${line}\n`);
    },
    flush,
  };
}

// `--lang` is global: it may stand anywhere before a `--` separator.
function takeLangOption(argv: readonly string[]): { lang: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === "--lang") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("-")) {
        throw new UsageError({
          "zh-CN": "--lang 缺少值（zh-CN 或 en）",
          en: "--lang needs a value (zh-CN or en)",
        });
      }
      lang = value;
      i++;
    } else if (arg.startsWith("--lang=")) {
      lang = arg.slice("--lang=".length);
    } else {
      rest.push(arg);
    }
  }
  return { lang, rest };
}

function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? "";
}

// A suggestion for a mistyped command: the registered name at edit distance ≤ 2.
function closest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of names) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
