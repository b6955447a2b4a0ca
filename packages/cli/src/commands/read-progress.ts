import { localize } from "@zhucan/domain";
import type { CommandContext } from "../cli/command.js";

/**
 * The progress callback of `zhucan build` and `zhucan validate` while they read report files:
 * "Read 100/630 files…" on stderr at every `every` files (not after the last), each once and in
 * order, even when the count jumps.
 *
 * @example
 * const onProgress = readProgress(630, context);
 * onProgress(100); // prints "Read 100/630 files…"
 */
export function readProgress(
  total: number,
  context: Pick<CommandContext, "lang" | "output">,
  every = 100,
): (done: number) => void {
  let reported = 0;
  return (done) => {
    while (done >= reported + every && reported + every < total) {
      reported += every;
      context.output.err(
        localize(
          {
            "zh-CN": `已读取 ${reported}/${total} 个文件…`,
            en: `Read ${reported}/${total} files…`,
          },
          context.lang,
        ),
      );
    }
  };
}
