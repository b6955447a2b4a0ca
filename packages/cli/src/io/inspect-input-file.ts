import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { LocatedProblem } from "./located-problem.js";

/** What the first bytes of a file say it is. */
export type InputFileKind = "xlsx" | "text";

/** Options of {@link inspectInputFile}. */
export interface InspectInputFileOptions {
  /**
   * **DECISION**: the largest file read, in bytes; larger ones are refused before reading so
   * that a wrong file cannot exhaust memory. Default 100 MiB (a city's monthly report is a few
   * kilobytes; a 100,000-row one-to-one file about 10 MB).
   */
  readonly maxBytes?: number;
}

/**
 * The defaults of {@link InspectInputFileOptions}.
 *
 * @example
 * inspectInputFileDefaults.maxBytes //=> 104857600
 */
export const inspectInputFileDefaults: Required<InspectInputFileOptions> = {
  maxBytes: 100 * 1024 * 1024,
};

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary (OLE2): an encrypted/password-protected xlsx, or an old .xls.
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

type Failure = { ok: false; problem: LocatedProblem };

/**
 * Checks a file before anything reads it: it exists, is a regular non-empty file no larger than
 * `maxBytes` (checked with `stat`, nothing read), and is not an encrypted workbook or old .xls.
 * Returns its kind and size, or the one problem that stops it being read.
 *
 * @example
 * await inspectInputFile("report.xlsx", "report.xlsx")
 * //=> { ok: true, kind: "xlsx", size: 8412 }
 */
export async function inspectInputFile(
  path: string,
  displayName: string,
  options: InspectInputFileOptions = {},
): Promise<{ ok: true; kind: InputFileKind; size: number } | Failure> {
  return withCheckedFile(path, displayName, options, (fd, size) => {
    const head = new Uint8Array(8);
    readSync(fd, head, 0, 8, 0);
    return { head, result: { size } };
  });
}

/**
 * {@link inspectInputFile}, then the whole file's bytes, through one open file.
 *
 * @example
 * (await readInputFile("report.csv", "report.csv")).kind //=> "text"
 */
export async function readInputFile(
  path: string,
  displayName: string,
  options: InspectInputFileOptions = {},
): Promise<{ ok: true; kind: InputFileKind; bytes: Uint8Array } | Failure> {
  return withCheckedFile(path, displayName, options, (fd, size) => {
    // The size `stat` gave, read at once: readFileSync would ask for it a second time.
    const read = Buffer.allocUnsafe(size);
    let filled = 0;
    for (let n = 1; n > 0 && filled < size; filled += n) {
      n = readSync(fd, read, filled, size - filled, filled);
    }
    const bytes = new Uint8Array(read.buffer, read.byteOffset, filled);
    return { head: bytes.subarray(0, 8), result: { bytes } };
  });
}

// Synchronous file calls: a report is a few kilobytes, and `zhucan build` reads hundreds of them,
// where a promise per open/stat/read/close cost more than the reading itself (bench/cli/build.mjs).
// The functions stay async for their callers.
async function withCheckedFile<T extends object>(
  path: string,
  displayName: string,
  options: InspectInputFileOptions,
  use: (fd: number, size: number) => { head: Uint8Array; result: T },
): Promise<({ ok: true; kind: InputFileKind } & T) | Failure> {
  const { maxBytes } = { ...inspectInputFileDefaults, ...options };
  const failWith = (code: string, zh: string, en: string): Failure => ({
    ok: false,
    problem: { file: displayName, code, message: { "zh-CN": zh, en } },
  });
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (!info.isFile()) {
      return failWith("not-a-file", "不是文件（可能是文件夹）", "Not a file (a folder?)");
    }
    if (info.size === 0) return failWith("file-empty", "文件是空的", "The file is empty");
    if (info.size > maxBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return failWith(
        "file-too-large",
        `文件太大（${mb(info.size)} MB），超过 ${mb(maxBytes)} MB 的上限，未读取`,
        `The file is too large (${mb(info.size)} MB, the limit is ${mb(maxBytes)} MB); it was not read`,
      );
    }
    const { head, result } = use(fd, info.size);
    if (oleSignature.every((b, i) => head[i] === b)) {
      return failWith(
        "file-encrypted-or-xls",
        "文件已加密（设置了打开密码），或是旧版 .xls 格式：请去掉密码，或在 Excel 中另存为 .xlsx 后再提交",
        "The file is encrypted (password-protected) or an old .xls: remove the password, or save it as .xlsx in Excel, and submit it again",
      );
    }
    const kind: InputFileKind = zipSignature.every((b, i) => head[i] === b) ? "xlsx" : "text";
    return { ok: true, kind, ...result };
  } catch (error) {
    return fileSystemProblem(error, failWith);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function fileSystemProblem<T>(
  error: unknown,
  failWith: (code: string, zh: string, en: string) => T,
): T {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return failWith("file-not-found", "文件不存在", "No such file");
  if (code === "EACCES" || code === "EPERM") {
    return failWith("file-unreadable", "没有读取该文件的权限", "No permission to read the file");
  }
  if (code === "EISDIR")
    return failWith("not-a-file", "不是文件（可能是文件夹）", "Not a file (a folder?)");
  const message = error instanceof Error ? error.message : String(error);
  return failWith(
    "file-unreadable",
    `无法读取文件：${message}`,
    `Cannot read the file: ${message}`,
  );
}
