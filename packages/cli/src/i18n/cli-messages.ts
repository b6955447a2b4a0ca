import type { LocalizedText } from "@zhucan/domain";

/**
 * The messages of the CLI shell itself (help, unknown command, internal errors), in zh-CN and en.
 * Commands keep their own messages beside their code.
 *
 * @example
 * cliMessages.title.en //=> "zhucan — monthly reports and official indicators of the Guangdong disability-assistance volunteer action"
 */
export const cliMessages = {
  title: {
    "zh-CN": "zhucan — 广东助残志愿者助力精准脱贫攻坚行动 月报与公开指标工具",
    en: "zhucan — monthly reports and official indicators of the Guangdong disability-assistance volunteer action",
  },
  usage: { "zh-CN": "用法：zhucan <命令> [选项]", en: "Usage: zhucan <command> [options]" },
  commands: { "zh-CN": "命令：", en: "Commands:" },
  globalOptions: { "zh-CN": "通用选项：", en: "Global options:" },
  globalOptionLines: {
    "zh-CN": [
      "  --lang zh-CN|en   信息的语言（默认 zh-CN；环境变量 LANG 以 en 开头时为 en）",
      "  -h, --help        显示帮助",
      "  -v, --version     显示版本",
    ].join("\n"),
    en: [
      "  --lang zh-CN|en   language of messages (default zh-CN; en when LANG starts with en)",
      "  -h, --help        show help",
      "  -v, --version     show the version",
    ].join("\n"),
  },
  exitCodes: {
    "zh-CN": "退出码：0 成功 · 1 输入有问题 · 2 命令行有误 · 3 内部错误",
    en: "Exit codes: 0 success · 1 input problems · 2 usage error · 3 internal error",
  },
  moreHelp: {
    "zh-CN": "运行 zhucan <命令> --help 查看某个命令的说明。",
    en: "Run zhucan <command> --help for a command's options.",
  },
  debugHint: {
    "zh-CN": "设置 ZHUCAN_DEBUG=1 后重新运行可查看详细信息。",
    en: "Run with ZHUCAN_DEBUG=1 for details.",
  },
} satisfies Record<string, LocalizedText>;

/**
 * "Unknown command" with a suggestion when one is close.
 *
 * @example
 * unknownCommand("tempalte", "template").en //=> 'Unknown command "tempalte". Did you mean "template"?'
 */
export function unknownCommand(name: string, suggestion: string | undefined): LocalizedText {
  return {
    "zh-CN": `未知命令 “${name}”。${suggestion ? `是否要运行 “${suggestion}”？` : ""}`,
    en: `Unknown command "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
  };
}

/**
 * The one line printed for an unexpected internal error (a bug), without a stack trace.
 *
 * @example
 * internalError("boom").en //=> "Internal error: boom"
 */
export function internalError(message: string): LocalizedText {
  return { "zh-CN": `内部错误：${message}`, en: `Internal error: ${message}` };
}

/**
 * The pointer printed after a usage error.
 *
 * @example
 * seeHelp("template").en //=> "Run zhucan template --help for its options."
 */
export function seeHelp(command: string | undefined): LocalizedText {
  const c = command ? `zhucan ${command}` : "zhucan";
  return {
    "zh-CN": `运行 ${c} --help 查看用法。`,
    en: `Run ${c} --help for its options.`,
  };
}
