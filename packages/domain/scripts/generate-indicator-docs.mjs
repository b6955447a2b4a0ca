// Writes docs/indicators.md from the BUILT package, so run `npx tsup` in packages/domain first.
// The Markdown itself comes from `indicatorReference()` (src/indicators/indicator-reference.ts),
// which src/indicators/indicator-reference.test.ts compares with the file to catch a stale copy.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { indicatorReference } from "../dist/index.js";

const target = fileURLToPath(new URL("../../../docs/indicators.md", import.meta.url));
writeFileSync(target, indicatorReference());
console.log(`wrote ${target}`);
