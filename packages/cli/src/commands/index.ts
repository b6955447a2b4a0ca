import type { Command } from "../cli/command.js";
import { buildCommand } from "./build.js";
import { createHelpCommand } from "./help.js";
import { recordsCommand } from "./records.js";
import { sampleCommand } from "./sample.js";
import { templateCommand } from "./template.js";
import { validateCommand } from "./validate.js";

/**
 * Every command of `zhucan`, in the order `zhucan --help` lists them: the monthly flow
 * (template → validate → build), the private records check, the synthetic sample, help.
 *
 * @example
 * commands.map((c) => c.name) //=> ["template", "validate", "build", "records", "sample", "help"]
 */
export const commands: readonly Command[] = [
  templateCommand,
  validateCommand,
  buildCommand,
  recordsCommand,
  sampleCommand,
  createHelpCommand(() => commands),
];
