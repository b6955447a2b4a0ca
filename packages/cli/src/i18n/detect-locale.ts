import type { Locale } from "@zhucan/domain";
import { UsageError } from "../cli/cli-errors.js";

/**
 * The language of the CLI's messages: `--lang` when given (`zh-CN`, `zh`, `en`, any case),
 * else English when the POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in that order) starts with
 * `en`, else zh-CN — the language of the programme's staff.
 *
 * @example
 * detectLocale(undefined, { LANG: "en_US.UTF-8" }) //=> "en"
 * detectLocale("zh", { LANG: "en_US.UTF-8" }) //=> "zh-CN"
 * detectLocale(undefined, {}) //=> "zh-CN"
 */
export function detectLocale(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  if (flag !== undefined) {
    const f = flag.trim().toLowerCase().replace("_", "-");
    if (f === "en" || f.startsWith("en-")) return "en";
    if (f === "zh" || f === "zh-cn" || f === "zh-hans") return "zh-CN";
    throw new UsageError({
      "zh-CN": `--lang 的值 “${flag}” 不正确，应为 zh-CN 或 en`,
      en: `--lang must be zh-CN or en, not "${flag}"`,
    });
  }
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return posix.toLowerCase().startsWith("en") ? "en" : "zh-CN";
}
