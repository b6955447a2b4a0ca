import { readdir, stat } from "node:fs/promises";
import { extname, relative, resolve, sep } from "node:path";

/** One input file: where to read it and the name to show for it. */
export interface InputFile {
  readonly path: string;
  readonly displayName: string;
}

/**
 * Expands command-line arguments into files: a file stands for itself (whatever its name, so
 * that a wrong file gets a clear problem), a folder for the files in it with one of
 * `extensions` (not recursively; Excel's `~$` lock files and hidden files skipped), in name
 * order. Names are shown relative to `cwd`. A path that does not exist is kept, so the reader
 * reports it.
 *
 * @example
 * await listInputFiles(["reports"], "/work", [".xlsx", ".csv"])
 * //=> [{ path: "/work/reports/a.xlsx", displayName: "reports/a.xlsx" }, …]
 */
export async function listInputFiles(
  args: readonly string[],
  cwd: string,
  extensions: readonly string[],
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push({ path, displayName: arg });
      continue;
    }
    const names = (await readdir(path))
      .filter((n) => !n.startsWith("~$") && !n.startsWith("."))
      .filter((n) => extensions.includes(extname(n).toLowerCase()))
      .sort();
    // A folder's names are plain file names (no separators; "." and ".." start with a dot), so
    // the folder's relative name is worked out once rather than per file: the same strings as
    // join and relative give for each file, at a fraction of the cost over hundreds of reports.
    const folder = relative(cwd, path);
    for (const name of names) {
      const full = path.endsWith(sep) ? `${path}${name}` : `${path}${sep}${name}`;
      files.push({ path: full, displayName: folder === "" ? name : `${folder}${sep}${name}` });
    }
  }
  return files;
}
