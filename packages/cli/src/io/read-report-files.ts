import {
  type ReadReportOptions,
  type ReadReportResult,
  readReportFile,
} from "./read-report-file.js";

/** One file to read, and the name its problems give it. */
export interface ReportFileToRead {
  readonly path: string;
  readonly displayName: string;
}

/** Options of {@link readReportFiles}. */
export interface ReadReportFilesOptions extends Omit<ReadReportOptions, "displayName"> {
  /** Called with the number of files read so far, after each file. */
  readonly onProgress?: (done: number) => void;
}

/**
 * {@link readReportFile} over many files, one after the other, results in file order.
 *
 * Why not side by side: worker threads were tried (bench/cli/build.mjs). A report takes about
 * half a millisecond to read, while a Node worker costs some 150 ms of CPU to start and its
 * results must be copied back; over the 630 reports of the sample the two-thread reading was no
 * faster on a two-processor machine, used about 0.4 s more CPU, and the copied reports made the
 * feed building after it slower. Reading is synchronous file calls plus parsing, so awaiting
 * several files at once gains nothing either.
 *
 * @example
 * const results = await readReportFiles([{ path: "a.csv", displayName: "a.csv" }]);
 * results[0]?.reports[0]?.unit //=> "441400"
 */
export async function readReportFiles(
  files: readonly ReportFileToRead[],
  options: ReadReportFilesOptions = {},
): Promise<ReadReportResult[]> {
  const { onProgress, ...readOptions } = options;
  const results: ReadReportResult[] = [];
  for (const file of files) {
    results.push(
      await readReportFile(file.path, { ...readOptions, displayName: file.displayName }),
    );
    onProgress?.(results.length);
  }
  return results;
}
