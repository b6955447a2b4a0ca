import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import {
  addMonths,
  type LocalizedText,
  localize,
  Month,
  type MonthlyReport,
  type Problem,
  type PublicFeed,
  parseFeed,
  parseProgrammeArea,
  sampleProgrammeArea,
} from "@zhucan/domain";
import { InputError, UsageError } from "../cli/cli-errors.js";
import type { Command, CommandContext } from "../cli/command.js";
import { exitCodes } from "../cli/exit-codes.js";
import { oneOf, parseCommandArgs, required } from "../cli/parse-command-args.js";
import type { FeedArea } from "../feed/build-feed.js";
import { buildFeedHistoryText } from "../feed/build-feed-history.js";
import { canonicalJson } from "../feed/canonical-json.js";
import { listInputFiles } from "../io/list-input-files.js";
import {
  formatLocatedProblem,
  type LocatedProblem,
  sortLocatedProblems,
} from "../io/located-problem.js";
import type { LocatedReport } from "../io/located-report.js";
import { readReportFiles } from "../io/read-report-files.js";
import { sampleOrganisation } from "../sample/sample-reports.js";
import { validateReports } from "../validation/validate-reports.js";
import { readProgress } from "./read-progress.js";

const progressEvery = 100;

/**
 * `zhucan build --reports <dir> --out <dir> [--release YYYY-MM] [--from YYYY-MM] [--area <file>]
 * [--previous <feed.json>]`: reads and validates every report, builds the public feed and writes
 * `<out>/latest.json` and `<out>/releases/<YYYY-MM>.json`. On any problem it writes nothing.
 *
 * @example
 * await runCli(["build", "--reports", "tmp/reports", "--out", "tmp/feed"]) //=> 0
 */
export const buildCommand: Command = {
  name: "build",
  summary: {
    "zh-CN": "由月报生成公开数据（feed）",
    en: "Build the public feed from the monthly reports",
  },
  help: {
    "zh-CN": [
      "用法：zhucan build --reports <文件夹> --out <文件夹> [选项]",
      "",
      "读取文件夹中全部 .xlsx/.csv 月报并检查；有任何问题时列出问题、不写任何文件（退出码 1）。",
      "否则汇总（县→市→省，顺德计入佛山）、计算按时报送情况和进度、隐匿小数（1至4人显示为“<5”，并作二次隐匿），",
      "写出 <out>/latest.json 和 <out>/releases/<月份>.json（先写入临时文件夹再改名，不会留下不完整的文件）。",
      "同样的月报总是生成逐字节相同的文件。",
      "",
      "  --release YYYY-MM      发布月份（默认：月报中最晚的月份；更晚月份的月报不计入）",
      "  --from YYYY-MM         从该月起逐月重建每期发布（每期以前一期为基础，更正记录完整）",
      '  --area <文件>          扶贫县名单 JSON：{"counties": ["441481", …]}（默认：示例名单，并在数据中注明）',
      "  --previous <文件>      上一期发布的 feed（默认：<out>/releases/<上个月>.json，如存在）",
      "  --generated-at <时间>  生成时间，ISO 8601（默认：月报中最晚的接收时间）",
      "  --reasons masked|withheld  更正原因：去除身份证号等后公布（默认）或不公布",
      "  --sample               标记为示例数据（月报为 zhucan sample 生成时自动标记）",
    ].join("\n"),
    en: [
      "Usage: zhucan build --reports <folder> --out <folder> [options]",
      "",
      "Reads and checks every .xlsx/.csv report in the folder; on any problem lists them and writes",
      "nothing (exit code 1). Otherwise aggregates (county → city → province, Shunde within Foshan),",
      'computes timeliness and progress, suppresses small counts (1–4 people as "<5", with secondary',
      "suppression) and writes <out>/latest.json and <out>/releases/<month>.json (through a temporary",
      "folder and a rename: never a partial file). The same reports always give the same bytes.",
      "",
      "  --release YYYY-MM      the release month (default: the latest report month; later reports are left out)",
      "  --from YYYY-MM         also rebuild every release from this month on, each against the one before",
      '  --area <file>          programme-area JSON: {"counties": ["441481", …]} (default: the illustrative sample, marked as such)',
      "  --previous <file>      the previous release's feed (default: <out>/releases/<month before>.json, if present)",
      "  --generated-at <time>  ISO 8601 generation time (default: the latest receipt time of the reports)",
      "  --reasons masked|withheld  correction reasons published with IDs etc. removed (default), or not at all",
      "  --sample               mark the feed as sample data (automatic for reports made by zhucan sample)",
    ].join("\n"),
  },
  async run(argv: readonly string[], context: CommandContext): Promise<number> {
    const { values } = parseCommandArgs({
      args: [...argv],
      options: {
        reports: { type: "string" },
        out: { type: "string" },
        release: { type: "string" },
        from: { type: "string" },
        area: { type: "string" },
        previous: { type: "string" },
        "generated-at": { type: "string" },
        reasons: { type: "string", default: "masked" },
        sample: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const say = (text: LocalizedText) => localize(text, context.lang);
    const reportsDir = required(values.reports, "--reports");
    const outDir = resolve(context.cwd, required(values.out, "--out"));
    const release = values.release === undefined ? undefined : month(values.release, "--release");
    const from = values.from === undefined ? undefined : month(values.from, "--from");
    const reasons = oneOf(values.reasons, ["masked", "withheld"] as const, "--reasons");
    const generatedAt = values["generated-at"];
    if (generatedAt !== undefined && Number.isNaN(Date.parse(generatedAt))) {
      throw new UsageError({
        "zh-CN": `--generated-at 的值 “${generatedAt}” 不是 ISO 8601 时间`,
        en: `--generated-at "${generatedAt}" is not an ISO 8601 time`,
      });
    }

    const read = await readReports(reportsDir, context);
    if (read.problems.length > 0) return refuse(read.problems, context);
    const reports = read.located.map((l) => l.report);
    const last = release ?? latestMonth(reports);
    if (last === undefined) return refuse([], context);
    if (from !== undefined && from > last) {
      throw new UsageError({
        "zh-CN": `--from ${from} 晚于发布月份 ${last}`,
        en: `--from ${from} is after the release ${last}`,
      });
    }
    const area = await readArea(values.area, context);
    const first = from ?? last;
    const previous = await readPrevious(
      values.previous,
      join(outDir, "releases", `${addMonths(first, -1)}.json`),
      context,
    );
    const sample =
      values.sample || reports.some((r) => r.filledBy.organisation.startsWith(sampleOrganisation));

    context.output.err(
      say({
        "zh-CN": `正在生成 ${first === last ? last : `${first} 至 ${last}`} 的数据…`,
        en: `Building ${first === last ? `release ${last}` : `releases ${first} to ${last}`}…`,
      }),
    );
    let built: { feed: PublicFeed; text: string }[];
    try {
      built = buildFeedHistoryText(reports, {
        from: first,
        release: last,
        area,
        sample,
        correctionReasons: reasons,
        ...(previous && { previous }),
        ...(generatedAt !== undefined && { generatedAt }),
      });
    } catch (error) {
      if (error instanceof RangeError) {
        throw new InputError({
          "zh-CN": `无法生成：${error.message}`,
          en: `Cannot build: ${error.message}`,
        });
      }
      throw error;
    }
    const feeds = built.map((release) => release.feed);
    const texts = new Map(built.map(({ feed, text }) => [feed, `${text}\n`]));
    for (const feed of feeds) {
      const checked = parseFeed(JSON.parse(texts.get(feed) as string));
      if (!checked.ok) {
        for (const p of checked.errors) context.output.err(formatFeedProblem(p, context));
        context.output.err(
          say({
            "zh-CN": `生成的 ${feed.release} 数据未通过 parseFeed 检查（程序错误），未写入任何文件。`,
            en: `The built release ${feed.release} fails parseFeed (a bug); nothing was written.`,
          }),
        );
        return exitCodes.internal;
      }
    }
    const written = await writeFeeds(outDir, feeds, texts);
    const latest = feeds.at(-1) as PublicFeed;
    for (const path of written) context.output.out(relative(context.cwd, path) || path);
    context.output.out(
      say({
        "zh-CN": `已生成 ${latest.release} 数据：${reports.length} 份月报，${latest.corrections.length} 条更正记录${sample ? "（示例数据）" : ""}，校验和 ${latest.checksum}`,
        en: `Built release ${latest.release}: ${reports.length} reports, ${latest.corrections.length} corrections logged${sample ? " (sample data)" : ""}, checksum ${latest.checksum}`,
      }),
    );
    return exitCodes.ok;
  },
};

function month(value: string, option: string): string {
  if (Month.safeParse(value).success) return value;
  throw new UsageError({
    "zh-CN": `${option} 的值 “${value}” 不是 YYYY-MM 格式的月份`,
    en: `${option} must be a month as YYYY-MM, not "${value}"`,
  });
}

function latestMonth(reports: readonly MonthlyReport[]): string | undefined {
  return reports.reduce<string | undefined>(
    (m, r) => (m === undefined || r.month > m ? r.month : m),
    undefined,
  );
}

async function readReports(
  dir: string,
  context: CommandContext,
): Promise<{ located: LocatedReport[]; problems: LocatedProblem[] }> {
  const files = await listInputFiles([dir], context.cwd, [".xlsx", ".csv"]);
  const problems: LocatedProblem[] = [];
  if (files.length === 0 || (files.length === 1 && files[0]?.displayName === dir)) {
    return {
      located: [],
      problems: [
        {
          file: dir,
          code: "no-report-files",
          message: {
            "zh-CN": "不是文件夹，或文件夹中没有 .xlsx / .csv 月报",
            en: "Not a folder, or the folder has no .xlsx / .csv reports",
          },
        },
      ],
    };
  }
  const results = await readReportFiles(files, {
    onProgress: readProgress(files.length, context, progressEvery),
  });
  const located: LocatedReport[] = results.flatMap((r) => r.located);
  problems.push(...results.flatMap((r) => r.problems));
  problems.push(...validateReports(located, { now: context.now() }));
  return { located, problems: sortLocatedProblems(problems) };
}

function refuse(problems: readonly LocatedProblem[], context: CommandContext): number {
  for (const p of problems) context.output.err(formatLocatedProblem(p, context.lang));
  context.output.err(
    localize(
      problems.length > 0
        ? {
            "zh-CN": `月报有 ${problems.length} 个问题，未写入任何文件。请修正后重新运行（zhucan validate 可逐个检查）。`,
            en: `The reports have ${problems.length} problems; nothing was written. Fix them and run again (zhucan validate checks them one by one).`,
          }
        : {
            "zh-CN": "没有可用的月报，未写入任何文件。",
            en: "No reports to build from; nothing was written.",
          },
      context.lang,
    ),
  );
  return exitCodes.inputProblems;
}

async function readJson(path: string, what: LocalizedText): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError({
      "zh-CN": `无法读取${what["zh-CN"]} ${path}：${reason}`,
      en: `Cannot read the ${what.en} ${path}: ${reason}`,
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError({
      "zh-CN": `${what["zh-CN"]} ${path} 不是有效的 JSON`,
      en: `The ${what.en} ${path} is not valid JSON`,
    });
  }
}

async function readArea(file: string | undefined, context: CommandContext): Promise<FeedArea> {
  if (file === undefined) {
    context.output.err(
      localize(
        {
          "zh-CN": "未给出 --area：使用示例扶贫县名单（非官方名单），数据中会注明。",
          en: "No --area given: using the illustrative sample programme area (not the official list), marked as such in the feed.",
        },
        context.lang,
      ),
    );
    return sampleProgrammeArea;
  }
  const path = resolve(context.cwd, file);
  const parsed = parseProgrammeArea(
    await readJson(path, { "zh-CN": "扶贫县名单", en: "programme-area file" }),
  );
  if (!parsed.ok) {
    for (const p of parsed.errors) context.output.err(`${file} · ${formatFeedProblem(p, context)}`);
    throw new InputError({
      "zh-CN": `扶贫县名单 ${file} 有问题，未写入任何文件。`,
      en: `The programme-area file ${file} has problems; nothing was written.`,
    });
  }
  return { ...parsed.value, sample: false, source: `Programme area supplied as ${basename(file)}` };
}

async function readPrevious(
  file: string | undefined,
  fallback: string,
  context: CommandContext,
): Promise<PublicFeed | undefined> {
  const path = file === undefined ? fallback : resolve(context.cwd, file);
  if (file === undefined) {
    const exists = await readFile(path).then(
      () => true,
      () => false,
    );
    if (!exists) return undefined;
  }
  const parsed = parseFeed(await readJson(path, { "zh-CN": "上一期数据", en: "previous release" }));
  if (!parsed.ok) {
    for (const p of parsed.errors) context.output.err(`${path} · ${formatFeedProblem(p, context)}`);
    throw new InputError({
      "zh-CN": `上一期数据 ${path} 不是有效的 feed，未写入任何文件。`,
      en: `The previous release ${path} is not a valid feed; nothing was written.`,
    });
  }
  return parsed.value;
}

function formatFeedProblem(p: Problem, context: CommandContext): string {
  const where = p.path.length > 0 ? `${p.path.join(".")} · ` : "";
  return `${where}${p.code}${context.lang === "en" ? ": " : "："}${localize(p.message, context.lang)}`;
}

/**
 * Writes the releases and `latest.json` (the last release) into `out`: every file is written
 * complete into a temporary folder inside `out` first, then renamed into place (a rename within a
 * file system is atomic), releases before `latest.json`, so that no reader ever sees a partial
 * feed. The temporary folder is removed whatever happens.
 */
async function writeFeeds(
  out: string,
  feeds: readonly PublicFeed[],
  texts: ReadonlyMap<PublicFeed, string>,
): Promise<string[]> {
  const staging = join(out, `.zhucan-build-${randomBytes(6).toString("hex")}`);
  const written: string[] = [];
  try {
    await mkdir(join(staging, "releases"), { recursive: true });
    await mkdir(join(out, "releases"), { recursive: true });
    const files = feeds.map((feed) => ({ name: join("releases", `${feed.release}.json`), feed }));
    const latest = feeds.at(-1);
    if (latest) files.push({ name: "latest.json", feed: latest });
    for (const { name, feed } of files) {
      await writeFile(join(staging, name), texts.get(feed) ?? `${canonicalJson(feed)}\n`);
    }
    for (const { name } of files) {
      await rename(join(staging, name), join(out, name));
      written.push(join(out, name));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return written;
}
