import { readFile } from "node:fs/promises";
import { type ProgrammeArea, parseProgrammeArea } from "@zhucan/domain";
import { decodeText } from "../io/decode-text.js";
import { inspectInputFile } from "../io/inspect-input-file.js";
import type { LocatedProblem } from "../io/located-problem.js";

/**
 * Reads a programme-area list (the 70 poverty counties and, when known, the relatively poor
 * villages — input data from the programme office): JSON `{ "counties": [...], "villages": [...] }`,
 * or a text/CSV file where every 6-digit code is a county and every 12-digit code a village
 * (other text, such as headers and names, is ignored). Checked with the domain's
 * `parseProgrammeArea`.
 *
 * @example
 * await readProgrammeAreaFile("area.csv") //=> { ok: true, area: { counties: ["441481", …] } }
 */
export async function readProgrammeAreaFile(
  path: string,
  displayName = path,
): Promise<{ ok: true; area: ProgrammeArea } | { ok: false; problems: LocatedProblem[] }> {
  const inspected = await inspectInputFile(path, displayName, { maxBytes: 10 * 1024 * 1024 });
  if (!inspected.ok) return { ok: false, problems: [inspected.problem] };
  const { text } = decodeText(await readFile(path));
  let input: unknown;
  if (text.trimStart().startsWith("{")) {
    try {
      input = JSON.parse(text);
    } catch {
      return {
        ok: false,
        problems: [
          {
            file: displayName,
            code: "area-json-invalid",
            message: {
              "zh-CN": "项目区域文件不是有效的 JSON",
              en: "The programme-area file is not valid JSON",
            },
          },
        ],
      };
    }
  } else {
    const codes = text.match(/(?<!\d)(\d{12}|\d{6})(?!\d)/g) ?? [];
    const villages = codes.filter((c) => c.length === 12);
    input = {
      counties: codes.filter((c) => c.length === 6),
      ...(villages.length > 0 && { villages }),
    };
  }
  const parsed = parseProgrammeArea(input);
  if (parsed.ok) return { ok: true, area: parsed.value };
  return {
    ok: false,
    problems: parsed.errors.map((p) => ({
      file: displayName,
      code: p.code,
      message: p.message,
    })),
  };
}
