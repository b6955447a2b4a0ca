import { afterEach } from "vitest";
import { cleanUp } from "./fixtures.js";

// Lit announces its development build once per page; the tests use it on purpose.
const lit = globalThis as typeof globalThis & { litIssuedWarnings?: Set<string> };
lit.litIssuedWarnings ??= new Set();
lit.litIssuedWarnings.add("dev-mode");

afterEach(() => cleanUp());
