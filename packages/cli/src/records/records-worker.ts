// The worker thread of `zhucan records check` (see check-youth-file-in-worker.ts): checks the
// file and posts the rows' outcomes in batches. It prints nothing itself, so everything it
// finds reaches the user through the main thread's masked output.
import { parentPort, workerData } from "node:worker_threads";
import { checkYouthFile, type YouthRowResult } from "./check-youth-file.js";
import type { RecordsWorkerInput, RecordsWorkerMessage } from "./records-worker-protocol.js";

const input = workerData as RecordsWorkerInput;
const post = (message: RecordsWorkerMessage) => parentPort?.postMessage(message);
let batch: YouthRowResult[] = [];
const flush = () => {
  if (batch.length > 0) post({ kind: "rows", rows: batch });
  batch = [];
};

const summary = await checkYouthFile(input.path, {
  ...input.options,
  onRow: (row) => {
    batch.push(row);
    if (batch.length >= input.batchSize) flush();
  },
  onProgress: (rows) => {
    flush();
    post({ kind: "progress", rows });
  },
});
flush();
post({ kind: "done", summary });
