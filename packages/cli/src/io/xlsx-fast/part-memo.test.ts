import { describe, expect, it } from "vitest";
import { partsOf, workbookOf } from "../../../test/io/xlsx-fast-zip.js";
import { syntheticReport } from "../../../test/support/synthetic-reports.js";
import { reportFileBytes, reportSheetModel } from "../write-report-file.js";
import { PartMemo } from "./part-memo.js";
import { readStylesPart } from "./styles-part.js";
import { readZipArchive } from "./zip-archive.js";

// Every workbook here is SYNTHETIC: synthetic reports written by the CLI, some parts changed.

const first = await reportFileBytes(reportSheetModel(syntheticReport("441400", "2017-03")), "xlsx");
const second = await reportFileBytes(
  reportSheetModel(syntheticReport("441600", "2018-01")),
  "xlsx",
);
const styles = (bytes: Uint8Array) => {
  const part = readZipArchive(bytes)?.get("xl/styles.xml");
  if (!part) throw new Error("the synthetic workbook has no styles part");
  return part;
};

describe("PartMemo reads a part again only when its bytes differ", () => {
  it("reads the styles two workbooks share once, giving the same reading", () => {
    const memo = new PartMemo();
    const read: string[] = [];
    const reader = (xml: string) => {
      read.push(xml);
      return readStylesPart(xml);
    };
    const a = memo.read(first, styles(first), {}, reader);
    const b = memo.read(second, styles(second), {}, reader);
    expect(a?.count).toBeGreaterThan(0);
    expect(b).toBe(a);
    expect(read).toHaveLength(1);
  });

  it("reads a changed part, and a part read by another reader, again", () => {
    const memo = new PartMemo();
    const parts = partsOf(first);
    parts.set(
      "xl/styles.xml",
      (parts.get("xl/styles.xml") as string).replace(/(<cellXfs[^>]*><xf numFmtId=")0"/, '$114"'),
    );
    const changed = workbookOf(parts);
    const a = memo.read(first, styles(first), {}, readStylesPart);
    const b = memo.read(changed, styles(changed), {}, readStylesPart);
    expect(b).not.toBe(a);
    const fresh = readStylesPart(partsOf(changed).get("xl/styles.xml") as string);
    const dates = (part: typeof fresh) =>
      Array.from({ length: part?.count ?? 0 }, (_, i) => part?.isDateStyle(i));
    expect(dates(b)).toEqual(dates(fresh));
    expect(dates(b)).not.toEqual(dates(a));
    const other = (xml: string) => readStylesPart(xml);
    expect(memo.read(changed, styles(changed), {}, other)).not.toBe(b);
  });

  it("gives undefined for a part that does not read, as often as asked", () => {
    const memo = new PartMemo();
    const parts = partsOf(first);
    parts.set("xl/styles.xml", "<styleSheet>");
    const broken = workbookOf(parts);
    expect(memo.read(broken, styles(broken), {}, readStylesPart)).toBeUndefined();
    expect(memo.read(broken, styles(broken), {}, readStylesPart)).toBeUndefined();
  });
});
