#!/usr/bin/env node
import { maskIdsInText } from "@zhucan/domain";
import { runCli } from "./cli/run-cli.js";

// `zhucan records check big.csv | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
});

// Last line of defence: an error escaping an event handler of a library still gets one masked
// line, not a stack trace with data in it.
process.on("uncaughtException", (error) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${maskIdsInText(`zhucan: ${message.split("\n", 1)[0]}`)}\n`);
  if (process.env.ZHUCAN_DEBUG === "1" && error instanceof Error && error.stack) {
    process.stderr.write(`${maskIdsInText(error.stack)}\n`);
  }
  process.exit(3);
});

process.exitCode = await runCli(process.argv.slice(2));
