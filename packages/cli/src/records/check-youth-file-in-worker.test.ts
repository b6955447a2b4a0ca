import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { useTempDir } from "../../test/support/temp-dir.js";
import { checkYouthFileInWorker } from "./check-youth-file-in-worker.js";

// The real worker is the bundled dist/records-worker.js; these tests start stand-in workers
// (plain JS) to prove what the main thread does with the worker's messages.
const dir = useTempDir("worker");
const options = { asOf: "2017-03-31", area: { counties: ["441481"] } };
const summary = { rows: 2, eligible: 1, notEligible: 1, counties: [], problems: [] };
const row = (n: number) => ({
  row: n,
  maskedId: "",
  eligible: true,
  reasons: [],
  notes: [],
  county: "441481",
  needs: [],
});

async function worker(name: string, body: string): Promise<URL> {
  const path = dir.file(name);
  await writeFile(path, `import { parentPort, workerData } from "node:worker_threads";\n${body}`);
  return pathToFileURL(path);
}

describe("checkYouthFileInWorker", () => {
  it("relays rows and progress in order and resolves with the worker's summary", async () => {
    const script = await worker(
      "ok.mjs",
      `parentPort.postMessage({ kind: "rows", rows: [${JSON.stringify(row(2))}] });
       parentPort.postMessage({ kind: "progress", rows: 1 });
       parentPort.postMessage({ kind: "rows", rows: [${JSON.stringify(row(3))}] });
       parentPort.postMessage({ kind: "done", summary: ${JSON.stringify(summary)} });`,
    );
    const seen: string[] = [];
    const result = await checkYouthFileInWorker("youths.csv", {
      ...options,
      workerScript: script,
      onRow: (r) => seen.push(`row ${r.row}`),
      onProgress: (n) => seen.push(`progress ${n}`),
    });
    expect(seen).toEqual(["row 2", "progress 1", "row 3"]);
    expect(result).toEqual(summary);
  });

  it("gives the worker its input as data", async () => {
    const script = await worker(
      "echo.mjs",
      `parentPort.postMessage({ kind: "done", summary: { rows: workerData.batchSize, eligible: 0, notEligible: 0, counties: [], problems: [{ file: workerData.path, code: workerData.options.asOf, message: { "zh-CN": "", en: "" } }] } });`,
    );
    const result = await checkYouthFileInWorker("youths.csv", {
      ...options,
      workerScript: script,
      batchSize: 7,
    });
    expect(result.rows).toBe(7);
    expect(result.problems[0]).toMatchObject({ file: "youths.csv", code: "2017-03-31" });
  });

  it("turns a worker that runs out of its heap into a file-too-large-for-memory problem", async () => {
    const script = await worker(
      "hog.mjs",
      "const hog = []; for (;;) hog.push(new Array(10000).fill(Math.random()));",
    );
    const result = await checkYouthFileInWorker("huge.xlsx", {
      ...options,
      workerScript: script,
      maxHeapMb: 16,
      displayName: "huge.xlsx",
    });
    expect(result.problems.map((p) => p.code)).toEqual(["file-too-large-for-memory"]);
  });

  it("rejects when the worker stops without a summary", async () => {
    const script = await worker("quits.mjs", "process.exit(5);");
    await expect(
      checkYouthFileInWorker("youths.csv", { ...options, workerScript: script }),
    ).rejects.toThrow(/exit code 5/);
  });
});
