import type { LocalizedText } from "@zhucan/domain";

/**
 * The command line is wrong (unknown option, missing argument, bad value): `zhucan` prints the
 * message and a pointer to `--help`, and exits with code 2. Never carries a stack trace to the user.
 *
 * @example
 * new UsageError({ "zh-CN": "缺少 --unit", en: "--unit is missing" }).text.en //=> "--unit is missing"
 */
export class UsageError extends Error {
  readonly text: LocalizedText;
  constructor(text: LocalizedText) {
    super(text.en);
    this.name = "UsageError";
    this.text = text;
  }
}

/**
 * An input cannot be used at all (file missing, unreadable, too large): `zhucan` prints the
 * message and exits with code 1.
 *
 * @example
 * new InputError({ "zh-CN": "文件不存在", en: "No such file" }).text["zh-CN"] //=> "文件不存在"
 */
export class InputError extends Error {
  readonly text: LocalizedText;
  constructor(text: LocalizedText) {
    super(text.en);
    this.name = "InputError";
    this.text = text;
  }
}
