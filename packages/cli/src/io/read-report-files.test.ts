import { writeFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticReport } from "../../test/support/synthetic-reports.js";
import { useTempDir } from "../../test/support/temp-dir.js";
import { readReportFile } from "./read-report-file.js";
import { type ReportFileToRead, readReportFiles } from "./read-report-files.js";
import { writeReportFile } from "./write-report-file.js";

// SYNTHETIC reports only.
const dir = useTempDir("read-many");
const files: ReportFileToRead[] = [];

beforeAll(async () => {
  const units = ["441400", "441500", "441600", "441700"];
  for (const [i, unit] of units.entries()) {
    const format = i % 2 ? "xlsx" : "csv";
    const path = dir.file(`r${i}.${format}`);
    await writeReportFile(syntheticReport(unit, "2017-03"), path, format);
    files.push({ path, displayName: `r${i}` });
  }
  // A file with a problem, and one that is not there: their problems come back too.
  await writeFile(dir.file("bad.csv"), "报送单位代码 unit,4414\n");
  files.push({ path: dir.file("bad.csv"), displayName: "bad" });
  files.push({ path: dir.file("missing.csv"), displayName: "missing" });
}, 60_000);

describe("readReportFiles", () => {
  it("gives what readReportFile gives file by file, in file order, and counts them", async () => {
    const expected = [];
    for (const f of files) {
      expected.push(await readReportFile(f.path, { displayName: f.displayName }));
    }
    const progress: number[] = [];
    const results = await readReportFiles(files, { onProgress: (done) => progress.push(done) });
    expect(results).toEqual(expected);
    expect(results.map((r) => r.reports[0]?.unit ?? r.problems[0]?.file)).toEqual([
      "441400",
      "441500",
      "441600",
      "441700",
      "bad",
      "missing",
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
