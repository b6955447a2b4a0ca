import type * as z from "zod/mini";
import type { Problem } from "./result.js";
import { schemaProblem } from "./schema-problem.js";

/**
 * Turns zod's issues into the library's {@link Problem}s: `code` is `schema-` + zod's issue code
 * in kebab-case, `path` is the JSON path, messages are in zh-CN and en.
 *
 * @example
 * const r = z.object({ a: z.number() }).safeParse({ a: "x" });
 * problemsFromZod(r.error!.issues)[0].code //=> "schema-invalid-type"
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) =>
    schemaProblem({
      ...issue,
      path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    }),
  );
}
