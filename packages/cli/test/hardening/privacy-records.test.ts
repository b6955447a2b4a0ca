// Privacy of `zhucan records check`: random one-to-one files (fast-check) — Chinese and Latin
// names, valid and invalid 18-character IDs, 15-digit legacy IDs, 20-character certificate
// numbers, and the same values in the wrong columns — never put a name, an ID or a certificate
// number on stdout, stderr or any other output of the process (console, process streams), in
// either language, with or without ZHUCAN_DEBUG. SYNTHETIC people only: generated numbers that
// belong to no one, names drawn from common-name pools.
import { writeFile } from "node:fs/promises";
import fc from "fast-check";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Command } from "../../src/index.js";
import { runCli } from "../../src/index.js";
import { syntheticCertificate, syntheticResidentId } from "../support/synthetic-ids.js";
import {
  type SyntheticYouthRow,
  writeSyntheticYouthFile,
} from "../support/synthetic-youth-file.js";
import { useTempDir } from "../support/temp-dir.js";

const dir = useTempDir("privacy-records");
const area = ["441481", "441403", "441426", "441825"];

const surnames = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛阎段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文",
];
const givenChars = [
  ..."伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍红鹏辉晶燕华梅琳宇浩凯健俊帆嘉欣怡悦雪婷颖瑶琪萱梓涵睿泽轩铭晨昊",
];
const latinSurnames = [
  "Wang",
  "Zhang",
  "Chen",
  "Huang",
  "Zhao",
  "Zhou",
  "Xu",
  "Sun",
  "Guo",
  "Liang",
];
const latinGiven = [
  "Xiuying",
  "Jianguo",
  "Meiling",
  "Zihan",
  "Haoran",
  "Yuxuan",
  "Shuhui",
  "Wenjie",
];

const chineseName = fc
  .tuple(
    fc.constantFrom(...surnames),
    fc.array(fc.constantFrom(...givenChars), { minLength: 1, maxLength: 2 }),
  )
  .map(([s, g]) => s + g.join(""));
const latinName = fc
  .tuple(fc.constantFrom(...latinSurnames), fc.constantFrom(...latinGiven))
  .map(([s, g]) => `${s} ${g}`);
const name = fc.oneof({ weight: 4, arbitrary: chineseName }, { weight: 1, arbitrary: latinName });

const birth = fc
  .date({
    min: new Date("1975-01-01T00:00:00Z"),
    max: new Date("2015-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const validId = fc
  .tuple(fc.constantFrom(...area, "440104", "441900"), birth, fc.integer({ min: 0, max: 999 }))
  .map(([region, date, seq]) => syntheticResidentId(region, date, seq));
const fullWidth = (text: string) =>
  text.replace(/[0-9X]/g, (c) => String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0));
const residentId = fc.oneof(
  { weight: 5, arbitrary: validId },
  {
    weight: 1,
    arbitrary: validId.map((id) => id.slice(0, 17) + (id.endsWith("0") ? "1" : "0")),
  },
  { weight: 1, arbitrary: validId.map((id) => id.slice(0, 6) + id.slice(8, 17)) }, // 15-digit legacy form
  { weight: 1, arbitrary: fc.stringMatching(/^\d{17}[\dX]$/) },
  { weight: 1, arbitrary: validId.map((id) => id.toLowerCase().replace("X", "x")) },
  { weight: 1, arbitrary: validId.map(fullWidth) }, // typed in a full-width input mode
  {
    weight: 1,
    arbitrary: validId.map((id) => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`),
  },
);

interface GeneratedRow {
  readonly row: SyntheticYouthRow;
  /** Every value of the row that must never be printed. */
  readonly secrets: readonly string[];
}

const generatedRow: fc.Arbitrary<GeneratedRow> = fc
  .record({
    name,
    id: residentId,
    otherId: validId,
    category: fc.integer({ min: 1, max: 7 }),
    level: fc.integer({ min: 1, max: 4 }),
    certificate: fc.constantFrom("own", "other", "random", "empty"),
    county: fc.constantFrom(...area, "440104"),
    poor: fc.constantFrom("是", "否", "yes", "no", "也许"),
    needs: fc.subarray(["支教助学", "就业扶贫", "技能培训", "康复治疗", "社会融入"]),
    swap: fc.constantFrom("none", "id-in-name", "name-in-id", "id-in-needs", "certificate-in-id"),
    randomCertificate: fc.stringMatching(/^\d{20}$/),
  })
  .map((r) => {
    const certificate = {
      own: syntheticCertificate(
        r.id.toUpperCase().padEnd(18, "0").slice(0, 18),
        r.category,
        r.level,
      ),
      other: syntheticCertificate(r.otherId, r.category, r.level),
      random: r.randomCertificate,
      empty: "",
    }[r.certificate];
    const needs = r.needs.join("、");
    const row: SyntheticYouthRow = {
      name: r.swap === "id-in-name" ? r.id : r.name,
      residentId:
        r.swap === "name-in-id"
          ? r.name
          : r.swap === "certificate-in-id"
            ? certificate || r.id
            : r.id,
      certificate,
      county: r.county,
      poor: r.poor,
      needs: r.swap === "id-in-needs" ? `${needs} ${r.id}` : needs,
    };
    const secrets = [
      r.name,
      r.id,
      r.id.slice(0, 17),
      r.id.slice(6, 17),
      certificate,
      r.otherId,
    ].filter((s) => s.length >= 2);
    return { row, secrets };
  });

let captured: string[] = [];

// Anything the process writes outside the output the CLI is given: console calls and writes to
// the process's own stdout/stderr (what a log collector would keep).
beforeEach(() => {
  captured = [];
  const keep = (...args: unknown[]) => {
    captured.push(args.map(String).join(" "));
  };
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    vi.spyOn(console, method).mockImplementation(keep);
  }
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    keep(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    keep(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

let serial = 0;

async function check(
  rows: readonly SyntheticYouthRow[],
  format: "csv" | "csv-gbk" | "xlsx",
  lang: "en" | "zh-CN",
  debug: boolean,
): Promise<string> {
  serial += 1;
  const file = `youths-${serial}.${format === "xlsx" ? "xlsx" : "csv"}`;
  await writeSyntheticYouthFile(dir.file(file), rows, format);
  const lines: string[] = [];
  await runCli(
    ["records", "check", file, "--as-of", "2017-03-31", "--area", "area.csv", "--lang", lang],
    {
      output: { out: (l) => lines.push(l), err: (l) => lines.push(l) },
      env: debug ? { ZHUCAN_DEBUG: "1" } : {},
      cwd: dir.path,
    },
  );
  return [...lines, ...captured].join("\n");
}

// What the CLI prints anyway (messages, county names) for rows of every kind, in both languages:
// a generated name that is also a word of that vocabulary (a county's name, say) proves nothing.
let vocabulary = "";
let summary = "";

afterAll(() => {
  if (summary) console.info(summary);
});

describe("zhucan records check on random one-to-one files", () => {
  it("(the check itself) sees what a command prints, and what it logs past the CLI's output", async () => {
    const id = syntheticResidentId("441481", "2005-03-01", 7);
    const leaky: Command = {
      name: "leak",
      summary: { "zh-CN": "测试", en: "test" },
      help: { "zh-CN": "测试", en: "test" },
      async run(_, context) {
        context.output.out("王秀英");
        console.error(`debug ${id}`);
        return 0;
      },
    };
    const lines: string[] = [];
    await runCli(["leak"], {
      output: { out: (l) => lines.push(l), err: (l) => lines.push(l) },
      env: {},
      commands: [leaky],
    });
    const text = [...lines, ...captured].join("\n");
    expect(text).toContain("王秀英");
    expect(text).toContain(id);
  });

  it("never prints a name, an ID number or a certificate number (200 files)", async () => {
    await writeFile(dir.file("area.csv"), `县区代码\r\n${area.join("\r\n")}\r\n`);
    const sample = fc.sample(generatedRow, { numRuns: 60, seed: 1 });
    vocabulary = [
      await check(
        sample.map((g) => g.row),
        "csv",
        "en",
        false,
      ),
      await check(
        sample.map((g) => g.row),
        "csv",
        "zh-CN",
        false,
      ),
    ].join("\n");
    for (const secret of sample.flatMap((g) => g.secrets)) expect(vocabulary).not.toContain(secret);
    let rowsChecked = 0; // rows of files the check went through (not refused as a whole)
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedRow, { minLength: 1, maxLength: 25 }),
        fc.constantFrom("csv", "csv", "csv-gbk", "xlsx"),
        fc.constantFrom("en", "zh-CN"),
        fc.boolean(),
        async (generated, format, lang, debug) => {
          const text = await check(
            generated.map((g) => g.row),
            format as "csv" | "csv-gbk" | "xlsx",
            lang as "en" | "zh-CN",
            debug,
          );
          if (/rows \(as of|共 \d+ 行/.test(text)) rowsChecked += generated.length;
          expect(text).not.toMatch(/\d{15}/);
          expect(text).not.toMatch(/\d{17}[\dXx]/);
          for (const secret of generated.flatMap((g) => g.secrets)) {
            if (!vocabulary.includes(secret))
              expect(text, `printed ${secret}`).not.toContain(secret);
          }
        },
      ),
      { numRuns: 200 },
    );
    // The files were checked through, not refused: most rows got a result line.
    expect(rowsChecked).toBeGreaterThan(1000);
    summary = `records check: ${rowsChecked} rows checked through in 200 files`;
  }, 600_000);
});
