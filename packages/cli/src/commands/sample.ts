// PLACEHOLDER — written by the cli-core helper only so that the command registry compiles.
// The cli-feed helper owns this file and replaces it with the real `zhucan sample` command.
import { UsageError } from "../cli/cli-errors.js";
import type { Command } from "../cli/command.js";

/** PLACEHOLDER for `zhucan sample` (replaced by the cli-feed helper). */
export const sampleCommand: Command = {
  name: "sample",
  summary: { "zh-CN": "（尚未实现）", en: "(not implemented yet)" },
  help: { "zh-CN": "（尚未实现）", en: "(not implemented yet)" },
  async run() {
    throw new UsageError({
      "zh-CN": "zhucan sample 尚未实现",
      en: "zhucan sample is not implemented yet",
    });
  },
};
