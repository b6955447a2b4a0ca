import { localize } from "@zhucan/domain";
import { UsageError } from "../cli/cli-errors.js";
import type { Command, CommandContext } from "../cli/command.js";
import { exitCodes } from "../cli/exit-codes.js";
import { parseCommandArgs } from "../cli/parse-command-args.js";
import { listInputFiles } from "../io/list-input-files.js";
import {
  formatLocatedProblem,
  type LocatedProblem,
  sortLocatedProblems,
} from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { readReportFiles } from "../io/read-report-files.js";
import { validateReports } from "../validation/validate-reports.js";
import { readProgress } from "./read-progress.js";

const progressEvery = 50;

/**
 * `zhucan validate <files or folders...> [--json]`: reads every report and checks it against
 * the programme's rules and the other reports given; prints every problem with file, sheet,
 * row, column, code and message, and says which files are clean. Exit code 1 when there is
 * any problem.
 *
 * @example
 * await runCli(["validate", "reports/"]) //=> 0 when every report is clean
 */
export const validateCommand: Command = {
  name: "validate",
  summary: {
    "zh-CN": "检查月报文件，列出全部问题",
    en: "Check report files and list every problem",
  },
  help: {
    "zh-CN": [
      "用法：zhucan validate <文件或文件夹...> [--json]",
      "",
      "读取月报（xlsx 或 csv；文件夹中的 .xlsx/.csv 都会读取），检查：文件能否打开、格式、月份、数字（整数、不为负），",
      "县区代码是否存在、是否属于本单位、有无遗漏或重复，合计行是否等于各县区之和，月份是否早于行动开始或尚未结束，",
      "累计数是否在没有更正说明的情况下减少，同一单位同一月份是否重复报送。",
      "每个问题都写明文件、工作表、行、列、代码和说明。",
      "",
      "  --json   以 JSON 输出问题列表（中英文说明都有）",
      "",
      "有问题时退出码为 1。",
    ].join("\n"),
    en: [
      "Usage: zhucan validate <files or folders...> [--json]",
      "",
      "Reads monthly reports (xlsx or csv; every .xlsx/.csv in a folder) and checks: the file opens, the",
      "layout, months, counts (whole, not negative), county codes (known, in the unit, none missing or",
      "repeated), the total row against the counties, months before the programme or not yet ended,",
      "cumulative counts that fall without a correction, and the same unit and month twice.",
      "Every problem names its file, sheet, row, column, code and message.",
      "",
      "  --json   print the problems as JSON (messages in both languages)",
      "",
      "Exit code 1 when there are problems.",
    ].join("\n"),
  },
  async run(argv: readonly string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs({
      args: [...argv],
      options: { json: { type: "boolean", default: false } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length === 0) {
      throw new UsageError({
        "zh-CN": "请给出要检查的文件或文件夹",
        en: "Give the files or folders to check",
      });
    }
    const files = await listInputFiles(positionals, context.cwd, [".xlsx", ".csv"]);
    const problems: LocatedProblem[] = [];
    if (files.length === 0) {
      problems.push(
        ...positionals.map((p) => ({
          file: p,
          code: "no-report-files",
          message: {
            "zh-CN": "文件夹中没有 .xlsx 或 .csv 文件",
            en: "The folder has no .xlsx or .csv files",
          },
        })),
      );
    }
    const results = await readReportFiles(files, {
      onProgress: readProgress(files.length, context, progressEvery),
    });
    const located: LocatedReport[] = results.flatMap((r) => r.located);
    problems.push(...results.flatMap((r) => r.problems));
    problems.push(...validateReports(located, { now: context.now() }));
    const sorted = sortLocatedProblems(problems);
    if (values.json) {
      context.output.out(JSON.stringify(sorted, null, 2));
      return sorted.length > 0 ? exitCodes.inputProblems : exitCodes.ok;
    }
    for (const problem of sorted) context.output.out(formatLocatedProblem(problem, context.lang));
    const withProblems = new Set(sorted.map((p) => p.file));
    for (const l of located) {
      const file = l.source?.file ?? "";
      if (withProblems.has(file)) continue;
      context.output.out(
        localize(
          {
            "zh-CN": `✓ ${file}：没有发现问题（${l.report.unit}，${l.report.month}）`,
            en: `✓ ${file}: no problems found (${l.report.unit}, ${l.report.month})`,
          },
          context.lang,
        ),
      );
    }
    const clean = files.length - withProblems.size;
    context.output.out(
      localize(
        sorted.length === 0
          ? {
              "zh-CN": `检查了 ${files.length} 个文件，全部没有问题。`,
              en: `Checked ${files.length} files: all clean.`,
            }
          : {
              "zh-CN": `检查了 ${files.length} 个文件：${clean} 个没有问题，${withProblems.size} 个共有 ${sorted.length} 个问题。`,
              en: `Checked ${files.length} files: ${clean} clean, ${withProblems.size} with ${sorted.length} problems.`,
            },
        context.lang,
      ),
    );
    return sorted.length > 0 ? exitCodes.inputProblems : exitCodes.ok;
  },
};
