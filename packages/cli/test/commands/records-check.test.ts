import { writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { runZhucan } from "../support/run-zhucan.js";
import { syntheticCertificate, syntheticResidentId } from "../support/synthetic-ids.js";
import {
  type SyntheticYouthRow,
  writeSyntheticYouthFile,
} from "../support/synthetic-youth-file.js";
import { useTempDir } from "../support/temp-dir.js";

// SYNTHETIC people only: generated ID numbers, names marked （合成）.
const dir = useTempDir("records");
const asOf = "2017-03-31";

const wrongCheckCharacter = (id: string) => id.slice(0, 17) + (id.endsWith("0") ? "1" : "0");

const youth = (
  n: number,
  region: string,
  birth: string,
  change: Partial<SyntheticYouthRow> = {},
): SyntheticYouthRow => {
  const id = syntheticResidentId(region, birth, 10 + n);
  return {
    name: `测试者${"甲乙丙丁戊己庚辛壬癸"[n % 10]}${n}（合成）`,
    residentId: id,
    certificate: syntheticCertificate(id),
    county: region,
    poor: "是",
    needs: "康复治疗、支教助学",
    ...change,
  };
};

const rows: SyntheticYouthRow[] = [
  youth(1, "441481", "2005-03-01"), // eligible
  youth(2, "441481", "2010-06-15", { needs: "就业扶贫" }), // eligible
  youth(3, "441403", "1980-01-01"), // too old
  youth(4, "441481", "2013-01-01"), // too young
  youth(5, "441481", "2001-01-01", { poor: "否" }), // not registered poor
  youth(6, "440104", "2001-01-01"), // outside the area
  youth(7, "441403", "2002-02-02", { certificate: "" }), // no certificate
  youth(1, "441481", "2005-03-01", { name: "测试重复（合成）" }), // same ID as row 1
  youth(9, "441403", "2003-03-03", {
    residentId: wrongCheckCharacter(syntheticResidentId("441403", "2003-03-03", 19)),
  }),
  youth(10, "441403", "2004-04-04", { residentId: "测试姓名错位（合成）" }), // a name in the ID column
  youth(11, "441403", "2004-04-04", { poor: "也许" }), // unreadable 是/否
];
const names = rows.map((r) => r.name);
const numbers = rows
  .flatMap((r) => [String(r.residentId), r.certificate])
  .filter((s) => /\d{15}/.test(s));

async function check(format: "xlsx" | "csv" | "csv-gbk", extra: string[] = []) {
  const file = `youths-${format}.${format === "xlsx" ? "xlsx" : "csv"}`;
  await writeSyntheticYouthFile(dir.file(file), rows, format);
  await writeFile(dir.file("area.csv"), "县区代码\r\n441481\r\n441403\r\n");
  return runZhucan(
    ["records", "check", file, "--as-of", asOf, "--area", "area.csv", "--lang", "en", ...extra],
    { cwd: dir.path },
  );
}

describe("zhucan records check", () => {
  it.each(["xlsx", "csv", "csv-gbk"] as const)(
    "gives every row of a %s file its reasons, and exits 1",
    async (format) => {
      const run = await check(format);
      expect(run.code).toBe(1);
      const first = format === "xlsx" ? 3 : 2; // the xlsx has a title row
      const line = (i: number) => run.out.find((l) => l.startsWith(`row ${first + i} · `)) ?? "";
      expect(line(0)).toMatch(/^row \d+ · 441481\*{10}\d\d · eligible$/);
      expect(line(1)).toContain("eligible");
      expect(line(2)).toContain("age-above-max");
      expect(line(3)).toContain("age-below-min");
      expect(line(4)).toContain("not-registered-poor");
      expect(line(5)).toContain("outside-programme-area");
      expect(line(6)).toContain("no-disability-certificate");
      expect(line(7)).toContain(`duplicate-resident-id Same resident ID as row ${first}`);
      expect(line(8)).toContain("invalid-resident-id");
      expect(line(9)).toContain("invalid-resident-id");
      expect(line(10)).toContain("registered-poor-unreadable");
      expect(run.out).toContain(`11 rows (as of ${asOf}): 2 eligible, 9 not eligible.`);
      expect(run.out.find((l) => l.startsWith("  441481 "))).toMatch(
        /youths-registered 2 · need-education-support 1 · need-employment 1 · need-skills-training 0 · need-rehabilitation 1 · need-social-integration 0/,
      );
    },
  );

  it.each(["xlsx", "csv", "csv-gbk"] as const)(
    "never prints a name, a certificate number or a whole ID (%s)",
    async (format) => {
      for (const lang of ["en", "zh-CN"]) {
        const run = await check(format, ["--lang", lang]);
        expect(run.all).not.toMatch(/\d{17}[\dXx]/);
        expect(run.all).not.toMatch(/\d{15}/);
        for (const name of names) expect(run.all).not.toContain(name);
        for (const name of names) expect(run.all).not.toContain(name.replace("（合成）", ""));
        for (const number of numbers) expect(run.all).not.toContain(number);
      }
    },
  );

  it("says when Excel stored an ID as a number, without printing it", async () => {
    const id = syntheticResidentId("441481", "2005-03-01", 77);
    const asNumber = youth(77, "441481", "2005-03-01", { residentId: Number(id.slice(0, 17)) });
    await writeSyntheticYouthFile(dir.file("number.xlsx"), [asNumber], "xlsx");
    const run = await runZhucan(
      ["records", "check", "number.xlsx", "--as-of", asOf, "--lang", "en"],
      { cwd: dir.path },
    );
    expect(run.out[0]).toContain("id-stored-as-number");
    expect(run.all).not.toContain(id.slice(0, 15));
  });

  it("lists only failed rows with --failed-only", async () => {
    const run = await check("csv", ["--failed-only"]);
    expect(run.out.filter((l) => l.startsWith("row "))).toHaveLength(9);
  });

  it("labels the default programme area as an illustrative sample", async () => {
    await writeSyntheticYouthFile(dir.file("one.csv"), [youth(1, "441481", "2005-03-01")], "csv");
    const run = await runZhucan(["records", "check", "one.csv", "--as-of", asOf, "--lang", "en"], {
      cwd: dir.path,
    });
    expect(run.err[0]).toMatch(
      /sample programme area is used \(Illustrative sample, not the official list, 70 counties\)/,
    );
  });

  it.each([
    ["a file without the header", "a,b\r\n1,2\r\n", "header-not-found"],
    [
      "a header without the county column",
      "姓名,身份证号,建档立卡贫困户,需求\r\n",
      "column-missing",
    ],
    [
      "an encrypted workbook",
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]),
      "file-encrypted-or-xls",
    ],
    ["an empty file", "", "file-empty"],
  ])("reports %s (exit 1)", async (_, content, code) => {
    await writeFile(dir.file("bad.csv"), content);
    const run = await runZhucan(["records", "check", "bad.csv", "--as-of", asOf], {
      cwd: dir.path,
    });
    expect(run.code).toBe(1);
    expect(run.err.join("\n")).toContain(code);
  });

  it.each([
    [["records"], "Missing subcommand"],
    [["records", "list"], 'Unknown subcommand "list"'],
    [["records", "check"], "Give the file to check"],
    [["records", "check", "a.csv", "--as-of", "31/03/2017"], "--as-of must be YYYY-MM-DD"],
  ])("refuses %j (exit 2)", async (argv, message) => {
    const run = await runZhucan([...argv, "--lang", "en"], { cwd: dir.path });
    expect(run.code).toBe(2);
    expect(run.err[0]).toContain(message);
  });
});
