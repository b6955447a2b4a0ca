// The programmatic API of @zhucan/cli: the CLI itself, the report reader, writer and validator
// that `zhucan build` and `zhucan sample` use, and the pure feed builder behind `zhucan build`.
export * from "./cli/cli-errors.js";
export type * from "./cli/command.js";
export * from "./cli/exit-codes.js";
export * from "./cli/run-cli.js";
export * from "./feed/build-feed.js";
export * from "./feed/build-feed-history.js";
export * from "./feed/canonical-json.js";
export * from "./feed/feed-checksum.js";
export * from "./io/inspect-input-file.js";
export * from "./io/located-problem.js";
export type * from "./io/located-report.js";
export * from "./io/parse-report-grid.js";
export * from "./io/read-report-file.js";
export * from "./io/report-layout.js";
export * from "./io/write-report-file.js";
export * from "./records/check-youth-file.js";
export * from "./records/check-youth-file-in-worker.js";
export * from "./records/read-programme-area-file.js";
export * from "./validation/validate-reports.js";
