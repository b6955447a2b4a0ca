import { access } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import {
  type CheckYouthFileOptions,
  checkYouthFile,
  type YouthFileSummary,
} from "./check-youth-file.js";
import type { RecordsWorkerInput, RecordsWorkerMessage } from "./records-worker-protocol.js";

/** Options of {@link checkYouthFileInWorker}. */
export interface CheckYouthFileInWorkerOptions extends CheckYouthFileOptions {
  /**
   * **DECISION**: the heap limit of the worker that streams the file, in MB. V8 grows its heap
   * to several times what is live, which for a 100,000-row xlsx (exceljs allocates a lot per
   * row) takes the process well past the 200 MB the check must stay under; a bounded heap makes
   * it collect instead. About 30 MB is live for 100,000 rows. Default 96.
   */
  readonly maxHeapMb?: number;
  /** Rows per message from the worker. Default 1,000. */
  readonly batchSize?: number;
  /** The worker script. Default: `records-worker.js` beside this module in dist/. */
  readonly workerScript?: URL;
}

/**
 * The defaults of {@link CheckYouthFileInWorkerOptions}.
 *
 * @example
 * checkYouthFileInWorkerDefaults //=> { maxHeapMb: 96, batchSize: 1000 }
 */
export const checkYouthFileInWorkerDefaults = { maxHeapMb: 96, batchSize: 1000 } as const;

// Beside the bundled module in dist/; absent when running from the TypeScript sources (tests).
const bundledWorkerScript = new URL("./records-worker.js", import.meta.url);

/**
 * {@link checkYouthFile} in a worker thread with a bounded heap, so that peak memory stays low
 * however large the file: same results, same callbacks (called on this thread, in file order).
 * Runs in this thread instead when the worker script is not there (the TypeScript sources under
 * test). A file too large for the heap gives the problem `file-too-large-for-memory`.
 *
 * @example
 * const summary = await checkYouthFileInWorker("youths.xlsx", { asOf: "2017-03-31", area, onRow });
 * summary.rows //=> 100000
 */
export async function checkYouthFileInWorker(
  path: string,
  options: CheckYouthFileInWorkerOptions,
): Promise<YouthFileSummary> {
  const {
    onRow,
    onProgress,
    maxHeapMb,
    batchSize,
    workerScript = bundledWorkerScript,
    ...data
  } = options;
  if (workerScript.protocol !== "file:" || !(await exists(fileURLToPath(workerScript)))) {
    return checkYouthFile(path, options);
  }
  const input: RecordsWorkerInput = {
    path,
    options: data,
    batchSize: batchSize ?? checkYouthFileInWorkerDefaults.batchSize,
  };
  const worker = new Worker(workerScript, {
    workerData: input,
    resourceLimits: {
      maxOldGenerationSizeMb: maxHeapMb ?? checkYouthFileInWorkerDefaults.maxHeapMb,
      maxYoungGenerationSizeMb: 16,
    },
    stdout: true,
    stderr: true,
  });
  return new Promise<YouthFileSummary>((resolve, reject) => {
    let summary: YouthFileSummary | undefined;
    worker.on("message", (message: RecordsWorkerMessage) => {
      if (message.kind === "rows") for (const row of message.rows) onRow?.(row);
      else if (message.kind === "progress") onProgress?.(message.rows);
      else summary = message.summary;
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code !== "ERR_WORKER_OUT_OF_MEMORY") return reject(error);
      resolve({
        rows: 0,
        eligible: 0,
        notEligible: 0,
        counties: [],
        problems: [
          {
            file: options.displayName ?? path,
            code: "file-too-large-for-memory",
            message: {
              "zh-CN": "文件太大，超出了检查可用的内存：请把它拆分成几个较小的文件",
              en: "The file is too large for the memory the check may use: split it into smaller files",
            },
          },
        ],
      });
    });
    worker.on("exit", (code) => {
      if (summary) resolve(summary);
      else reject(new Error(`the records worker stopped (exit code ${code}) before it finished`));
    });
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
