// PLACEHOLDER — written by the cli-core helper only so that the command registry compiles.
// The cli-feed helper owns this file and replaces it with the real `zhucan build` command.
import { UsageError } from "../cli/cli-errors.js";
import type { Command } from "../cli/command.js";

/** PLACEHOLDER for `zhucan build` (replaced by the cli-feed helper). */
export const buildCommand: Command = {
  name: "build",
  summary: { "zh-CN": "（尚未实现）", en: "(not implemented yet)" },
  help: { "zh-CN": "（尚未实现）", en: "(not implemented yet)" },
  async run() {
    throw new UsageError({
      "zh-CN": "zhucan build 尚未实现",
      en: "zhucan build is not implemented yet",
    });
  },
};
