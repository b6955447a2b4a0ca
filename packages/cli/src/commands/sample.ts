import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { type LocalizedText, localize } from "@zhucan/domain";
import { UsageError } from "../cli/cli-errors.js";
import type { Command, CommandContext } from "../cli/command.js";
import { exitCodes } from "../cli/exit-codes.js";
import { oneOf, parseCommandArgs } from "../cli/parse-command-args.js";
import { reportFormats, writeReportFile } from "../io/write-report-file.js";
import { sampleReadme } from "../sample/sample-readme.js";
import { sampleFileName, sampleReports } from "../sample/sample-reports.js";

const progressEvery = 100;

/**
 * `zhucan sample --seed N --out <dir> [--format xlsx|csv]`: writes a synthetic set of monthly
 * reports (2016-08 to 2018-12, all 22 reporting units) to `<out>/reports/`, and a README saying
 * it is synthetic. The same seed always gives the same reports.
 *
 * @example
 * await runCli(["sample", "--seed", "1", "--out", "tmp"]) //=> 0
 */
export const sampleCommand: Command = {
  name: "sample",
  summary: {
    "zh-CN": "生成合成的示例月报（非真实数据）",
    en: "Write a synthetic sample set of monthly reports (not real data)",
  },
  help: {
    "zh-CN": [
      "用法：zhucan sample --out <文件夹> [--seed N] [--format xlsx|csv]",
      "",
      "生成 2016年8月至2018年12月、全部22个报送单位的合成月报（有迟报、漏报和更正，小数值用于检验隐匿），",
      "写入 <out>/reports/sample-<单位>-<月份>.<格式>，并写出说明文件 <out>/README.md。",
      "所有文件都注明为合成示例数据。同一 seed 总是生成相同的数据。",
      "",
      "  --seed N          随机种子，非负整数（默认 1）",
      "  --format xlsx|csv 文件格式（默认 xlsx）",
      "",
      "之后可运行：zhucan validate <out>/reports && zhucan build --reports <out>/reports --out <out>/feed",
    ].join("\n"),
    en: [
      "Usage: zhucan sample --out <folder> [--seed N] [--format xlsx|csv]",
      "",
      "Writes synthetic monthly reports of all 22 reporting units for 2016-08 to 2018-12 (with late and",
      "missing reports, corrections, and small counts that exercise suppression) to",
      "<out>/reports/sample-<unit>-<month>.<format>, and <out>/README.md. Every file says it is",
      "synthetic sample data. The same seed always gives the same data.",
      "",
      "  --seed N          random seed, a whole number ≥ 0 (default 1)",
      "  --format xlsx|csv file format (default xlsx)",
      "",
      "Then: zhucan validate <out>/reports && zhucan build --reports <out>/reports --out <out>/feed",
    ].join("\n"),
  },
  async run(argv: readonly string[], context: CommandContext): Promise<number> {
    const { values } = parseCommandArgs({
      args: [...argv],
      options: {
        seed: { type: "string", default: "1" },
        out: { type: "string" },
        format: { type: "string", default: "xlsx" },
      },
      strict: true,
      allowPositionals: false,
    });
    const say = (text: LocalizedText) => localize(text, context.lang);
    if (values.out === undefined || values.out === "") {
      throw new UsageError({ "zh-CN": "缺少选项 --out", en: "Option --out is required" });
    }
    const seed = Number(values.seed);
    if (!/^\d+$/.test(values.seed) || !Number.isSafeInteger(seed) || seed > 0xffffffff) {
      throw new UsageError({
        "zh-CN": `--seed 的值 “${values.seed}” 应为 0 至 4294967295 的整数`,
        en: `--seed must be a whole number from 0 to 4294967295, not "${values.seed}"`,
      });
    }
    const format = oneOf(values.format, reportFormats, "--format");
    const out = resolve(context.cwd, values.out);
    const reportsDir = join(out, "reports");

    const reports = sampleReports(seed);
    await mkdir(reportsDir, { recursive: true });
    // A former run's sample files (perhaps in the other format) would read as duplicates.
    for (const name of await readdir(reportsDir)) {
      if (/^sample-\d{6}-\d{4}-\d{2}\.(xlsx|csv)$/.test(name)) await rm(join(reportsDir, name));
    }
    for (const [i, report] of reports.entries()) {
      await writeReportFile(report, join(reportsDir, sampleFileName(report, format)), format, {
        synthetic: true,
      });
      if ((i + 1) % progressEvery === 0 && i + 1 < reports.length) {
        context.output.err(
          say({
            "zh-CN": `已写出 ${i + 1}/${reports.length} 份示例月报…`,
            en: `Wrote ${i + 1}/${reports.length} sample reports…`,
          }),
        );
      }
    }
    await writeFile(join(out, "README.md"), sampleReadme(seed, format, reports));
    const where = relative(context.cwd, reportsDir) || reportsDir;
    context.output.out(
      say({
        "zh-CN": `已写出 ${reports.length} 份合成示例月报（seed ${seed}）到 ${where}，说明见 ${relative(context.cwd, join(out, "README.md"))}`,
        en: `Wrote ${reports.length} synthetic sample reports (seed ${seed}) to ${where}; see ${relative(context.cwd, join(out, "README.md"))}`,
      }),
    );
    return exitCodes.ok;
  },
};
