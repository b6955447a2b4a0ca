// A worker thread of `zhucan build` (see read-report-files.ts): takes the
// next unread file in turn with the other threads, reads it with readReportFile and posts the
// results. It prints nothing itself: every problem reaches the user through the main thread's
// masked output.
import { parentPort, workerData } from "node:worker_threads";
import { type ReadReportResult, readReportFile } from "./read-report-file.js";
import type { ReportReaderInput, ReportReaderMessage } from "./report-reader-protocol.js";

const input = workerData as ReportReaderInput;
const next = new Int32Array(input.next as SharedArrayBuffer);
// A few files a message: the main thread takes them whenever it looks up from its own.
const batchSize = 16;
let batch: (readonly [number, ReadReportResult])[] = [];
const flush = () => {
  if (batch.length > 0) parentPort?.postMessage({ results: batch } satisfies ReportReaderMessage);
  batch = [];
};
for (let i = Atomics.add(next, 0, 1); i < input.files.length; i = Atomics.add(next, 0, 1)) {
  const file = input.files[i] as ReportReaderInput["files"][number];
  batch.push([
    i,
    await readReportFile(file.path, { ...input.options, displayName: file.displayName }),
  ]);
  if (batch.length >= batchSize) flush();
}
flush();
