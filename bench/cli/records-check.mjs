// Benchmark of `zhucan records check` on a SYNTHETIC 100,000-row one-to-one service file, as xlsx
// and as CSV: wall time and peak memory (maxRSS) of the CLI process. Not a timed test: it writes
// its figures to bench/cli/RESULTS-records-check.md.
//
//   cd packages/cli && npx tsup && cd ../.. && node bench/cli/records-check.mjs [rows]
//
// The file is generated into a temporary folder and removed afterwards. Every name in it is
// "测试者<n>（合成）" and every ID number is generated: the data is synthetic and belongs to no one.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeCheckCharacter, sampleProgrammeArea } from "@zhucan/domain";
import { random } from "../random.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "packages/cli/dist/bin.js");
const ExcelJS = createRequire(join(root, "packages/cli/package.json"))("exceljs");
const rows = Number(process.argv[2] ?? 100_000);
const limitMb = 200;
const needs = ["支教助学", "就业扶贫", "技能培训", "康复治疗", "社会融入"];

function* syntheticRows(count) {
  const next = random(20160720);
  const counties = sampleProgrammeArea.counties;
  for (let i = 0; i < count; i++) {
    const county = next() < 0.95 ? counties[Math.floor(next() * counties.length)] : "440104";
    const year = 1978 + Math.floor(next() * 38); // some too old, some too young on 2017-03-31
    const birth = `${year}${String(1 + Math.floor(next() * 12)).padStart(2, "0")}${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
    const first17 = `${county}${birth}${String(i % 1000).padStart(3, "0")}`;
    const id = first17 + computeCheckCharacter(first17);
    const certificate =
      next() < 0.97 ? `${id}${1 + Math.floor(next() * 7)}${1 + Math.floor(next() * 4)}` : "";
    const need = needs.filter(() => next() < 0.35).join("、");
    yield [`测试者${i}（合成）`, id, certificate, county, next() < 0.9 ? "是" : "否", need];
  }
}

const header = ["姓名", "身份证号", "残疾人证号", "县区代码", "建档立卡贫困户", "需求"];

async function writeCsv(path) {
  const out = createWriteStream(path);
  out.write(`\uFEFF${header.join(",")}\r\n`);
  for (const row of syntheticRows(rows)) {
    if (!out.write(`${row.join(",")}\r\n`)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
}

async function writeXlsx(path) {
  // Shared strings, as Excel writes them: the reader must cache them all.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet("档案");
  sheet.addRow(["合成数据 synthetic — 基准测试用一对一服务档案"]).commit();
  sheet.addRow(header).commit();
  for (const row of syntheticRows(rows)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

async function measure(file, area, rssFile, outFile) {
  const out = createWriteStream(outFile);
  await new Promise((r) => out.on("open", r));
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [
      "--import",
      `data:text/javascript,${encodeURIComponent(maxRssHook(rssFile))}`,
      bin,
      "records",
      "check",
      file,
      "--as-of",
      "2017-03-31",
      "--area",
      area,
    ],
    { stdio: ["ignore", out, "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const code = await new Promise((r) => child.on("close", r));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  out.close();
  const usage = JSON.parse(await readFile(rssFile, "utf8"));
  const maxRssMb = usage.maxRSS / 1024;
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const lines = (await readFile(outFile, "utf8")).split("\n");
  // The summary: "<n> rows (as of …)" in zh-CN is "共 <n> 行…"; and the per-county figures.
  const summary = lines.slice(lines.findIndex((l) => l.startsWith("共 "))).join("\n");
  return {
    code,
    seconds,
    cpuSeconds,
    maxRssMb,
    rowLines: lines.filter((l) => l.startsWith("第 ")).length,
    summary,
    stderr,
  };
}

// Written by the child at exit: its own resource usage (maxRSS in kilobytes, CPU in microseconds).
function maxRssHook(rssFile) {
  return `import { writeFileSync } from "node:fs"; process.on("exit", () => writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify(process.resourceUsage())));`;
}

const loadAtStart = loadavg()[0];
const dir = await mkdtemp(join(tmpdir(), "zhucan-bench-records-"));
try {
  const area = join(dir, "area.csv");
  await writeFile(area, sampleProgrammeArea.counties.join("\n"));
  const results = [];
  for (const [format, write] of [
    ["csv", writeCsv],
    ["xlsx", writeXlsx],
  ]) {
    const file = join(dir, `youths.${format}`);
    await write(file);
    const { size } = await stat(file);
    const m = await measure(file, area, join(dir, `${format}.rss`), join(dir, `${format}.out`));
    results.push({ format, sizeMb: size / 1024 / 1024, ...m });
    if (m.rowLines !== rows)
      throw new Error(`${format}: ${m.rowLines} row lines for ${rows} rows\n${m.stderr}`);
    console.log(
      `${format}: ${rows} rows, ${(size / 1024 / 1024).toFixed(1)} MB, ${m.seconds.toFixed(2)} s (CPU ${m.cpuSeconds.toFixed(2)} s), peak RSS ${m.maxRssMb.toFixed(0)} MB, exit ${m.code}`,
    );
  }
  const [csv, xlsx] = results;
  if (csv.summary !== xlsx.summary)
    throw new Error("csv and xlsx gave different per-county figures");
  const lines = [
    "# `zhucan records check` — benchmark figures",
    "",
    "Generated by `node bench/cli/records-check.mjs` (after `cd packages/cli && npx tsup`). The input is",
    `a SYNTHETIC one-to-one service file of ${rows.toLocaleString("en")} rows (generated names "测试者<n>（合成）" and`,
    "generated ID numbers, some rows ineligible), checked with `--as-of 2017-03-31` and the sample",
    "programme area; every row's line goes to stdout (a file), progress to stderr. Peak memory is the",
    "CLI process's own `process.resourceUsage().maxRSS` (main thread and the worker that streams the",
    "file). The script checks that every row got its line and that the xlsx and CSV forms give the",
    "same per-county figures.",
    "",
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)};`,
    `1-minute load average at the start: ${loadAtStart.toFixed(1)} (wall time suffers on a shared machine; CPU time less so).`,
    "",
    "| format | file size | wall time | CPU time (user + system) | peak RSS | within 200 MB | exit code |",
    "|---|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.format} | ${r.sizeMb.toFixed(1)} MB | ${r.seconds.toFixed(2)} s | ${r.cpuSeconds.toFixed(2)} s | ${r.maxRssMb.toFixed(0)} MB | ${r.maxRssMb < limitMb ? "yes" : "**no**"} | ${r.code} |`,
    ),
    "",
    "Exit code 1 is expected: the synthetic file has ineligible rows on purpose.",
    "",
    "```",
    xlsx.summary.split("\n").slice(0, 4).join("\n"),
    "…",
    "```",
    "",
  ];
  await writeFile(join(root, "bench/cli/RESULTS-records-check.md"), lines.join("\n"));
} finally {
  await rm(dir, { recursive: true, force: true });
}
