import type {
  CheckYouthFileOptions,
  YouthFileSummary,
  YouthRowResult,
} from "./check-youth-file.js";

/** What the records worker is started with (structured-cloned: data only, no callbacks). */
export interface RecordsWorkerInput {
  readonly path: string;
  readonly options: Omit<CheckYouthFileOptions, "onRow" | "onProgress">;
  /** Rows per message: fewer messages, at the cost of output arriving in steps. */
  readonly batchSize: number;
}

/** What the records worker posts, in file order, ending with `done`. */
export type RecordsWorkerMessage =
  | { readonly kind: "rows"; readonly rows: readonly YouthRowResult[] }
  | { readonly kind: "progress"; readonly rows: number }
  | { readonly kind: "done"; readonly summary: YouthFileSummary };
