import { access } from "node:fs/promises";
import { extname, relative, resolve } from "node:path";
import { getReportingUnit, localize, reportingUnits, unitCounties } from "@zhucan/domain";
import { UsageError } from "../cli/cli-errors.js";
import type { Command, CommandContext } from "../cli/command.js";
import { exitCodes } from "../cli/exit-codes.js";
import { oneOf, parseCommandArgs, required } from "../cli/parse-command-args.js";
import { readMonthCell } from "../io/read-month-cell.js";
import { type ReportFormat, reportFormats, writeReportTemplate } from "../io/write-report-file.js";

/**
 * `zhucan template --unit <code> --month YYYY-MM [--format xlsx|csv] [--out <file>] [--force]`:
 * writes a blank monthly report for a reporting unit with its county-level units pre-filled.
 *
 * @example
 * await runCli(["template", "--unit", "441400", "--month", "2017-03"]) //=> 0 (writes report-441400-2017-03.xlsx)
 */
export const templateCommand: Command = {
  name: "template",
  summary: {
    "zh-CN": "生成某单位某月的月报模板（xlsx 或 csv）",
    en: "Write a unit's monthly report template (xlsx or csv)",
  },
  help: {
    "zh-CN": [
      "用法：zhucan template --unit <代码> --month YYYY-MM [--format xlsx|csv] [--out <文件>] [--force]",
      "",
      "生成月报模板：预先填好本单位的全部县区，中文表头带英文副表头，xlsx 带数据验证和填表说明。",
      "",
      "  --unit <代码>      报送单位代码：21个地级以上市或顺德区（440606）",
      "  --month YYYY-MM    报送月份，如 2017-03",
      "  --format xlsx|csv  文件格式（默认按 --out 的扩展名，否则 xlsx）",
      "  --out <文件>       输出文件（默认 report-<单位>-<月份>.<格式>）",
      "  --force            覆盖已有文件",
    ].join("\n"),
    en: [
      "Usage: zhucan template --unit <code> --month YYYY-MM [--format xlsx|csv] [--out <file>] [--force]",
      "",
      "Writes a monthly report template: every county of the unit pre-filled, Chinese headers with",
      "English sub-headers; the xlsx has data validation and an instructions sheet.",
      "",
      "  --unit <code>      reporting unit: one of the 21 cities, or Shunde (440606)",
      "  --month YYYY-MM    the month reported, e.g. 2017-03",
      "  --format xlsx|csv  file format (default: from --out's extension, else xlsx)",
      "  --out <file>       output file (default report-<unit>-<month>.<format>)",
      "  --force            overwrite an existing file",
    ].join("\n"),
  },
  async run(argv: readonly string[], context: CommandContext): Promise<number> {
    const { values } = parseCommandArgs({
      args: [...argv],
      options: {
        unit: { type: "string" },
        month: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const unit = required(values.unit, "--unit").trim();
    const reportingUnit = getReportingUnit(unit);
    if (!reportingUnit) {
      const list = reportingUnits
        .map((u) => `${u.code} ${localize(u.name, context.lang)}`)
        .join(", ");
      throw new UsageError({
        "zh-CN": `--unit ${unit} 不是报送单位。报送单位有：${list}`,
        en: `--unit ${unit} is not a reporting unit. The reporting units are: ${list}`,
      });
    }
    const monthText = required(values.month, "--month");
    const month = readMonthCell({ value: monthText });
    if (!month.ok) {
      throw new UsageError({
        "zh-CN": `--month：${month.message["zh-CN"]}`,
        en: `--month: ${month.message.en}`,
      });
    }
    const format: ReportFormat =
      values.format !== undefined
        ? oneOf(values.format, reportFormats, "--format")
        : values.out !== undefined && extname(values.out).toLowerCase() === ".csv"
          ? "csv"
          : "xlsx";
    const out = resolve(context.cwd, values.out ?? `report-${unit}-${month.value}.${format}`);
    const shown = relative(context.cwd, out) || out;
    if (!values.force && (await exists(out))) {
      throw new UsageError({
        "zh-CN": `${shown} 已存在：换一个 --out，或加 --force 覆盖`,
        en: `${shown} exists already: choose another --out, or add --force to overwrite it`,
      });
    }
    await writeReportTemplate(unit, month.value, format, out);
    const counties = unitCounties(unit).length;
    context.output.out(
      localize(
        {
          "zh-CN": `已生成模板 ${shown}（${reportingUnit.name["zh-CN"]}，${month.value}，${counties} 个县区）`,
          en: `Wrote the template ${shown} (${reportingUnit.name.en}, ${month.value}, ${counties} counties)`,
        },
        context.lang,
      ),
    );
    return exitCodes.ok;
  },
};

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
