import { maskIdsInText } from "@zhucan/domain";
import type { CommandOutput } from "./command.js";

/**
 * Wraps an output so that every line passes through `maskIdsInText` first: whatever a command
 * or an error message prints, a 15-, 18- or 20-character ID number never leaves unmasked
 * (DOMAIN.md, Privacy: "Logs and CLI output mask ID numbers").
 *
 * @example
 * const lines: string[] = [];
 * maskedOutput({ out: (l) => lines.push(l), err: (l) => lines.push(l) }).out("11010519491231002X");
 * lines //=> ["110105**********2X"]
 */
export function maskedOutput(output: CommandOutput): CommandOutput {
  return {
    out: (line) => output.out(maskIdsInText(line)),
    err: (line) => output.err(maskIdsInText(line)),
  };
}
