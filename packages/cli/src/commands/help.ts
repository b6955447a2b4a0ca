import { type Locale, localize } from "@zhucan/domain";
import { UsageError } from "../cli/cli-errors.js";
import type { Command, CommandContext } from "../cli/command.js";
import { exitCodes } from "../cli/exit-codes.js";
import { cliVersion } from "../cli/version.js";
import { cliMessages, unknownCommand } from "../i18n/cli-messages.js";

/**
 * The text of `zhucan --help`: usage, every command with its summary, the global options.
 *
 * @example
 * formatGeneralHelp([], "en", "0.1.0").split("\n")[0]
 * //=> "zhucan — monthly reports and official indicators of the Guangdong disability-assistance volunteer action (0.1.0)"
 */
export function formatGeneralHelp(
  commands: readonly Command[],
  lang: Locale,
  version: string,
): string {
  const width = Math.max(0, ...commands.map((c) => c.name.length)) + 3;
  return [
    `${localize(cliMessages.title, lang)} (${version})`,
    "",
    localize(cliMessages.usage, lang),
    "",
    localize(cliMessages.commands, lang),
    ...commands.map((c) => `  ${c.name.padEnd(width)}${localize(c.summary, lang)}`),
    "",
    localize(cliMessages.globalOptions, lang),
    localize(cliMessages.globalOptionLines, lang),
    "",
    localize(cliMessages.exitCodes, lang),
    localize(cliMessages.moreHelp, lang),
  ].join("\n");
}

/**
 * The text of `zhucan <command> --help`: its summary, then its usage and options.
 *
 * @example
 * formatCommandHelp({ name: "x", summary: { "zh-CN": "示例", en: "Example" },
 *   help: { "zh-CN": "用法：zhucan x", en: "Usage: zhucan x" }, run: async () => 0 }, "en")
 * //=> "zhucan x — Example\n\nUsage: zhucan x\n\n  --lang zh-CN|en ..." (then the global options)
 */
export function formatCommandHelp(command: Command, lang: Locale): string {
  return [
    `zhucan ${command.name} — ${localize(command.summary, lang)}`,
    "",
    localize(command.help, lang),
    "",
    localize(cliMessages.globalOptions, lang),
    localize(cliMessages.globalOptionLines, lang),
  ].join("\n");
}

/**
 * `zhucan help [command]`: the general help, or one command's help. Takes the registry lazily
 * because it is itself part of it.
 *
 * @example
 * createHelpCommand(() => []).name //=> "help"
 */
export function createHelpCommand(registry: () => readonly Command[]): Command {
  return {
    name: "help",
    summary: { "zh-CN": "显示帮助", en: "Show help" },
    help: {
      "zh-CN": "用法：zhucan help [命令]\n\n不带命令时列出所有命令；带命令时显示该命令的说明。",
      en: "Usage: zhucan help [command]\n\nWithout a command, lists every command; with one, shows its help.",
    },
    async run(argv: readonly string[], context: CommandContext): Promise<number> {
      const commands = registry();
      const [name, extra] = argv;
      if (extra !== undefined) {
        throw new UsageError({
          "zh-CN": `多余的参数 ${extra}`,
          en: `Unexpected argument ${extra}`,
        });
      }
      if (name === undefined) {
        context.output.out(formatGeneralHelp(commands, context.lang, cliVersion));
        return exitCodes.ok;
      }
      const command = commands.find((c) => c.name === name);
      if (!command) throw new UsageError(unknownCommand(name, undefined));
      context.output.out(formatCommandHelp(command, context.lang));
      return exitCodes.ok;
    },
  };
}
