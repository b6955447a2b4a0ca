import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/** A fresh temporary folder for the tests of one file, removed afterwards. */
export function useTempDir(prefix: string): { readonly path: string; file(name: string): string } {
  const state = { path: "" };
  beforeAll(async () => {
    state.path = await mkdtemp(join(tmpdir(), `zhucan-${prefix}-`));
  });
  afterAll(async () => {
    if (state.path) await rm(state.path, { recursive: true, force: true });
  });
  return {
    get path() {
      return state.path;
    },
    file: (name: string) => join(state.path, name),
  };
}
