import type { ReadReportOptions, ReadReportResult } from "./read-report-file.js";

/** What the report-reader worker is given (see `read-report-files.ts`). */
export interface ReportReaderInput {
  readonly files: readonly { readonly path: string; readonly displayName: string }[];
  /** An `Int32Array`'s buffer: the index of the next file to read, shared by every thread. */
  readonly next: ArrayBufferLike;
  readonly options: Omit<ReadReportOptions, "displayName">;
}

/** What the report-reader worker posts: results by file index, a batch at a time. */
export interface ReportReaderMessage {
  readonly results: readonly (readonly [number, ReadReportResult])[];
}
