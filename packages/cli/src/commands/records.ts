import { resolve } from "node:path";
import {
  getDivision,
  type LocalizedText,
  localize,
  type ProgrammeArea,
  sampleProgrammeArea,
  shanghaiDate,
} from "@zhucan/domain";
import { UsageError } from "../cli/cli-errors.js";
import type { Command, CommandContext } from "../cli/command.js";
import { exitCodes } from "../cli/exit-codes.js";
import { parseCommandArgs } from "../cli/parse-command-args.js";
import { formatLocatedProblem } from "../io/located-problem.js";
import type { YouthRowResult } from "../records/check-youth-file.js";
import { checkYouthFileInWorker } from "../records/check-youth-file-in-worker.js";
import { readProgrammeAreaFile } from "../records/read-programme-area-file.js";

const help: LocalizedText = {
  "zh-CN": [
    "用法：zhucan records check <文件> [--as-of YYYY-MM-DD] [--area <文件>] [--failed-only]",
    "",
    "逐行检查“一对一”服务档案（xlsx 或 csv，私密文件）中每名青少年是否符合条件：6至35周岁、",
    "持第二代残疾人证、建档立卡贫困户、居住在项目区域内；并统计各县区可计入月报的人数（建档立卡人数及五类需求）。",
    "文件逐行流式读取，十万行也只占用少量内存。输出只显示脱敏的身份证号，绝不显示姓名或残疾人证号。",
    "",
    "表头（中文或英文均可）：姓名 name · 身份证号 resident ID · 残疾人证号 certificate · 县区代码 county ·",
    "村代码 village · 建档立卡贫困户 registered poor（是/否）· 需求 needs（支教助学、就业扶贫、技能培训、康复治疗、社会融入）",
    "",
    "  --as-of YYYY-MM-DD  计算年龄的日期（默认今天，北京时间）",
    '  --area <文件>       项目区域名单：JSON {"counties": [...]} 或每行一个县区代码的文本/CSV。',
    "                      不指定时使用领域库中的示例区域（示例数据，非官方名单）",
    "  --failed-only       只列出不符合条件的行",
    "",
    "有不符合条件的行时退出码为 1。",
  ].join("\n"),
  en: [
    "Usage: zhucan records check <file> [--as-of YYYY-MM-DD] [--area <file>] [--failed-only]",
    "",
    "Checks every row of a private one-to-one service file (xlsx or csv): aged 6 to 35, a",
    "second-generation disability certificate, a registered poor household, living in the programme",
    "area; and counts what each county could report (youths registered and the five need splits).",
    "The file is streamed: 100,000 rows need little memory. Output shows masked ID numbers only, never",
    "names or certificate numbers.",
    "",
    "Headers (Chinese or English): 姓名 name · 身份证号 resident ID · 残疾人证号 certificate · 县区代码",
    "county · 村代码 village · 建档立卡贫困户 registered poor (是/否) · 需求 needs (the five areas)",
    "",
    "  --as-of YYYY-MM-DD  the day ages are taken on (default today, Beijing time)",
    '  --area <file>       programme-area list: JSON {"counties": [...]} or text/CSV, one county code',
    "                      a line. Default: the domain's illustrative sample area (not the official list)",
    "  --failed-only       list only the rows that are not eligible",
    "",
    "Exit code 1 when some rows are not eligible.",
  ].join("\n"),
};

/**
 * `zhucan records check <file>`: eligibility of every row of a private one-to-one file and the
 * per-county counts it would contribute, printing masked IDs only.
 *
 * @example
 * await runCli(["records", "check", "youths.xlsx", "--as-of", "2017-03-31"]) //=> 0 when every row is eligible
 */
export const recordsCommand: Command = {
  name: "records",
  summary: {
    "zh-CN": "检查“一对一”服务档案（私密）：逐行核对条件并统计各县区人数",
    en: "Check a private one-to-one service file: eligibility per row, counts per county",
  },
  help,
  async run(argv: readonly string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs({
      args: [...argv],
      options: {
        "as-of": { type: "string" },
        area: { type: "string" },
        "failed-only": { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    const [sub, file, extra] = positionals;
    if (sub !== "check") {
      throw new UsageError({
        "zh-CN":
          sub === undefined
            ? "缺少子命令：zhucan records check <文件>"
            : `未知子命令 “${sub}”：应为 check`,
        en:
          sub === undefined
            ? "Missing subcommand: zhucan records check <file>"
            : `Unknown subcommand "${sub}": use check`,
      });
    }
    if (file === undefined)
      throw new UsageError({ "zh-CN": "请给出要检查的文件", en: "Give the file to check" });
    if (extra !== undefined)
      throw new UsageError({ "zh-CN": `多余的参数 ${extra}`, en: `Unexpected argument ${extra}` });
    const asOf = values["as-of"] ?? shanghaiDate(context.now());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) {
      throw new UsageError({
        "zh-CN": `--as-of 应为 YYYY-MM-DD，不是 “${asOf}”`,
        en: `--as-of must be YYYY-MM-DD, not "${asOf}"`,
      });
    }
    const lang = context.lang;
    const say = (text: LocalizedText) => localize(text, lang);

    let area: ProgrammeArea = sampleProgrammeArea;
    if (values.area !== undefined) {
      const read = await readProgrammeAreaFile(resolve(context.cwd, values.area), values.area);
      if (!read.ok) {
        for (const p of read.problems) context.output.err(formatLocatedProblem(p, lang));
        return exitCodes.inputProblems;
      }
      area = read.area;
    } else {
      context.output.err(
        say({
          "zh-CN": `注意：未指定 --area，使用领域库的示例项目区域（${sampleProgrammeArea.disclaimer["zh-CN"]}，${sampleProgrammeArea.counties.length} 个县区）。`,
          en: `Note: no --area given, so the domain's sample programme area is used (${sampleProgrammeArea.disclaimer.en}, ${sampleProgrammeArea.counties.length} counties).`,
        }),
      );
    }

    const failedOnly = values["failed-only"];
    const summary = await checkYouthFileInWorker(resolve(context.cwd, file), {
      asOf,
      area,
      displayName: file,
      onRow: (r) => {
        if (!failedOnly || !r.eligible) context.output.out(formatRow(r, lang));
      },
      onProgress: (rows) =>
        context.output.err(say({ "zh-CN": `已检查 ${rows} 行…`, en: `Checked ${rows} rows…` })),
    });
    if (summary.problems.length > 0) {
      for (const p of summary.problems) context.output.err(formatLocatedProblem(p, lang));
      return exitCodes.inputProblems;
    }
    context.output.out("");
    context.output.out(
      say({
        "zh-CN": `共 ${summary.rows} 行（截至 ${asOf}）：符合条件 ${summary.eligible} 行，不符合 ${summary.notEligible} 行。`,
        en: `${summary.rows} rows (as of ${asOf}): ${summary.eligible} eligible, ${summary.notEligible} not eligible.`,
      }),
    );
    context.output.out(
      say({
        "zh-CN": "各县区可计入月报的人数（仅符合条件且不重复的行）：",
        en: "What each county could report (eligible rows, each youth once):",
      }),
    );
    for (const { county, counts } of summary.counties) {
      const name = getDivision(county)?.name;
      const figures = Object.entries(counts)
        .map(([id, n]) => `${id} ${n}`)
        .join(" · ");
      context.output.out(`  ${county} ${name ? localize(name, lang) : ""}  ${figures}`);
    }
    if (summary.counties.length === 0)
      context.output.out(say({ "zh-CN": "  （无）", en: "  (none)" }));
    return summary.notEligible > 0 ? exitCodes.inputProblems : exitCodes.ok;
  },
};

function formatRow(r: YouthRowResult, lang: CommandContext["lang"]): string {
  const en = lang === "en";
  const id = r.maskedId || (en ? "(no ID)" : "（无身份证号）");
  const head = en ? `row ${r.row} · ${id}` : `第 ${r.row} 行 · ${id}`;
  const notes = r.notes.map((n) => `${n.code} ${localize(n.message, lang)}`);
  if (r.eligible) {
    return [`${head} · ${en ? "eligible" : "符合条件"}`, ...notes].join(en ? "; " : "；");
  }
  const reasons = [...r.reasons, ...r.notes].map((x) => `${x.code} ${localize(x.message, lang)}`);
  return `${head} · ${en ? "not eligible: " : "不符合："}${reasons.join(en ? "; " : "；")}`;
}
