import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import {
  type ReadReportOptions,
  type ReadReportResult,
  readReportFile,
} from "./read-report-file.js";
import type { ReportReaderInput, ReportReaderMessage } from "./report-reader-protocol.js";

/** One file to read, and the name its problems give it. */
export interface ReportFileToRead {
  readonly path: string;
  readonly displayName: string;
}

/** Options of {@link readReportFiles}. */
export interface ReadReportFilesOptions extends Omit<ReadReportOptions, "displayName"> {
  /**
   * **DECISION**: the most threads that read at once, this one included. Default: the
   * machine's processors, at most 4 (a month's reports are a few hundred small files: more
   * threads cost more to start than they save).
   */
  readonly threads?: number;
  /**
   * **DECISION**: the fewest files worth a thread of its own: starting one costs about as much
   * as reading 100 CSV reports. Default 100.
   */
  readonly filesPerThread?: number;
  /**
   * Whether this thread reads files too while the workers run (default true). False leaves them
   * to the workers, unless every worker fails.
   */
  readonly readOnThisThread?: boolean;
  /** Called with the number of files read so far, in increasing order. */
  readonly onProgress?: (done: number) => void;
  /** The worker script. Default: `report-reader-worker.js` beside this module in dist/. */
  readonly workerScript?: URL;
}

/**
 * The defaults of {@link ReadReportFilesOptions}.
 *
 * @example
 * readReportFilesDefaults.filesPerThread //=> 100
 */
export const readReportFilesDefaults = {
  threads: Math.min(4, availableParallelism()),
  filesPerThread: 100,
} as const;

// Beside the bundled module in dist/; absent when running from the TypeScript sources (tests).
const bundledWorkerScript = new URL("./report-reader-worker.js", import.meta.url);

/**
 * {@link readReportFile} over many files, results in file order: this thread and worker threads
 * take the next unread file in turn, so that on a machine with several processors the files are
 * read (decoded, parsed, checked cell by cell) side by side. Each file is read by the same
 * function whichever thread reads it, so the results are the same as reading them one by one.
 * Reads everything on this thread when there are few files, one processor, or no worker script
 * (the TypeScript sources under test); a worker that fails leaves its files to this thread.
 *
 * @example
 * const results = await readReportFiles([{ path: "a.csv", displayName: "a.csv" }]);
 * results[0]?.reports[0]?.unit //=> "441400"
 */
export async function readReportFiles(
  files: readonly ReportFileToRead[],
  options: ReadReportFilesOptions = {},
): Promise<ReadReportResult[]> {
  const {
    threads = readReportFilesDefaults.threads,
    filesPerThread = readReportFilesDefaults.filesPerThread,
    onProgress,
    readOnThisThread = true,
    workerScript = bundledWorkerScript,
    ...readOptions
  } = options;
  const results = new Array<ReadReportResult | undefined>(files.length);
  // The index of the next file to read, shared by every thread.
  const next = new Int32Array(new SharedArrayBuffer(4));
  let done = 0;
  const finished = (i: number, result: ReadReportResult) => {
    if (results[i] !== undefined) return;
    results[i] = result;
    done++;
    onProgress?.(done);
  };

  const workerCount = Math.max(
    0,
    Math.min(threads - 1, Math.floor(files.length / Math.max(1, filesPerThread)) - 1),
  );
  const usable =
    workerCount > 0 && workerScript.protocol === "file:" && existsSync(fileURLToPath(workerScript));
  const workers = usable
    ? Array.from({ length: workerCount }, () =>
        startReader(workerScript, { files, next: next.buffer, options: readOptions }, finished),
      )
    : [];

  while (readOnThisThread || workers.length === 0) {
    const i = Atomics.add(next, 0, 1);
    if (i >= files.length) break;
    const file = files[i] as ReportFileToRead;
    finished(i, await readReportFile(file.path, { ...readOptions, displayName: file.displayName }));
  }
  await Promise.all(workers);
  // Whatever a failed worker had taken and not returned is read here.
  for (let i = 0; i < files.length; i++) {
    if (results[i] !== undefined) continue;
    const file = files[i] as ReportFileToRead;
    finished(i, await readReportFile(file.path, { ...readOptions, displayName: file.displayName }));
  }
  return results as ReadReportResult[];
}

// Resolves when the worker has stopped, whether it finished or failed.
function startReader(
  script: URL,
  input: ReportReaderInput,
  finished: (i: number, result: ReadReportResult) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: input, stdout: true, stderr: true });
    worker.on("message", (message: ReportReaderMessage) => {
      for (const [i, result] of message.results) finished(i, result);
    });
    worker.on("error", () => resolve());
    worker.on("exit", () => resolve());
  });
}
