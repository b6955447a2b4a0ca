import { mkdir, readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { useTempDir } from "../../test/support/temp-dir.js";
import { inspectInputFile, readInputFile } from "./inspect-input-file.js";

// Every file here is synthetic bytes written by the test.
const dir = useTempDir("inspect-input-file");
const bytesOf = (size: number, first: number[] = []) =>
  Uint8Array.from({ length: size }, (_, i) => first[i] ?? (i * 7919) % 251);

describe("readInputFile", () => {
  it.each([
    ["a one-byte file", 1, [], "text"],
    ["a small CSV-like file", 2_014, [0xef, 0xbb, 0xbf], "text"],
    ["a zip-like file larger than Node's buffer pool", 13_446, [0x50, 0x4b, 0x03, 0x04], "xlsx"],
    ["a file of several read sizes", 300_001, [0x50, 0x4b, 0x03, 0x04], "xlsx"],
  ])("reads %s whole, byte for byte, and tells its kind", async (_, size, first, kind) => {
    const path = dir.file(`file-${size}`);
    await writeFile(path, bytesOf(size, first));
    const read = await readInputFile(path, "shown.name");
    expect(read.ok && read.kind).toBe(kind);
    expect(read.ok && Buffer.from(read.bytes).equals(await readFile(path))).toBe(true);
  });

  it.each([
    ["an empty file", "file-empty"],
    ["a folder", "not-a-file"],
    ["a missing file", "file-not-found"],
    ["a file over the size limit", "file-too-large"],
    ["an encrypted workbook (OLE2)", "file-encrypted-or-xls"],
  ])("refuses %s with one problem naming it", async (what, code) => {
    const path = dir.file(what.replace(/\W+/g, "-"));
    if (what === "an empty file") await writeFile(path, new Uint8Array());
    if (what === "a folder") await mkdir(path);
    if (what === "a file over the size limit") await writeFile(path, bytesOf(2_000));
    if (what.startsWith("an encrypted")) {
      await writeFile(path, bytesOf(600, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    }
    const read = await readInputFile(path, "shown.name", { maxBytes: 1_000 });
    expect(read.ok ? undefined : read.problem).toMatchObject({ file: "shown.name", code });
  });
});

describe("inspectInputFile", () => {
  it("tells the kind and size without the bytes", async () => {
    const path = dir.file("inspected.xlsx");
    await writeFile(path, bytesOf(5_000, [0x50, 0x4b, 0x03, 0x04]));
    expect(await inspectInputFile(path, "inspected.xlsx")).toEqual({
      ok: true,
      kind: "xlsx",
      size: 5_000,
    });
  });
});
