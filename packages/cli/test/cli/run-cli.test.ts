import { describe, expect, it } from "vitest";
import { InputError } from "../../src/cli/cli-errors.js";
import type { Command } from "../../src/cli/command.js";
import { runZhucan } from "../support/run-zhucan.js";

// A synthetic ID (valid check character, belongs to no one) that must never be printed whole.
const syntheticId = "11010519491231002X";

function fakeCommand(run: Command["run"]): Command {
  return {
    name: "fake",
    summary: { "zh-CN": "测试命令", en: "Test command" },
    help: { "zh-CN": "用法：zhucan fake", en: "Usage: zhucan fake" },
    run,
  };
}

describe("runCli", () => {
  it.each([
    [["--help"], 0, "out"],
    [["-h"], 0, "out"],
    [[], 2, "err"],
  ] as const)("zhucan %j lists the commands and exits %i", async (argv, code, stream) => {
    const run = await runZhucan(argv);
    expect(run.code).toBe(code);
    const text = run[stream].join("\n");
    for (const name of ["template", "validate", "build", "records", "sample"]) {
      expect(text).toContain(`  ${name}`);
    }
  });

  it("prints the package version with --version", async () => {
    const run = await runZhucan(["--version"]);
    expect(run).toMatchObject({ code: 0, out: [expect.stringMatching(/^\d+\.\d+\.\d+$/)] });
  });

  it.each([
    [["--lang", "en", "--help"], {}, "Usage: zhucan <command> [options]"],
    [["--lang=en", "--help"], {}, "Usage: zhucan <command> [options]"],
    [["--help"], { LANG: "en_US.UTF-8" }, "Usage: zhucan <command> [options]"],
    [["--help"], { LANG: "zh_CN.UTF-8" }, "用法：zhucan <命令> [选项]"],
    [["--help"], {}, "用法：zhucan <命令> [选项]"],
    [["--lang", "zh-CN", "--help"], { LANG: "en_US.UTF-8" }, "用法：zhucan <命令> [选项]"],
  ])("zhucan %j with env %j speaks the right language", async (argv, env, expected) => {
    const run = await runZhucan(argv, { env });
    expect(run.out.join("\n")).toContain(expected);
  });

  it("refuses an unknown --lang with a usage error", async () => {
    const run = await runZhucan(["--lang", "fr", "--help"]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toContain("--lang");
  });

  it("suggests the closest command for a typo and exits 2", async () => {
    const run = await runZhucan(["--lang", "en", "tempalte"]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe('Unknown command "tempalte". Did you mean "template"?');
  });

  it.each(["template", "validate", "records", "build", "sample"])(
    "zhucan %s --help prints the command's help in both languages",
    async (name) => {
      const zh = await runZhucan([name, "--help"]);
      const en = await runZhucan([name, "--help", "--lang", "en"]);
      expect(zh.code).toBe(0);
      expect(en.code).toBe(0);
      expect(zh.out[0]).toMatch(new RegExp(`^zhucan ${name} — `));
      expect(en.out.join("\n")).not.toBe(zh.out.join("\n"));
    },
  );

  it("zhucan help <command> is the same as zhucan <command> --help", async () => {
    const a = await runZhucan(["help", "validate"]);
    const b = await runZhucan(["validate", "--help"]);
    expect(a.out).toEqual(b.out);
  });

  it("turns an unknown option into a usage error in the chosen language, exit 2", async () => {
    const run = await runZhucan(["template", "--colour", "red", "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      "Unknown option --colour",
      "Run zhucan template --help for its options.",
    ]);
  });

  it("prints an InputError's message and exits 1", async () => {
    const fake = fakeCommand(async () => {
      throw new InputError({ "zh-CN": "文件不存在", en: "No such file" });
    });
    const run = await runZhucan(["fake"], { commands: [fake] });
    expect(run).toMatchObject({ code: 1, err: ["文件不存在"] });
  });

  it("reports an internal error in one line with the debug hint, without a stack trace", async () => {
    const fake = fakeCommand(async () => {
      throw new TypeError(`cannot read row of ${syntheticId}\n    at secret (file.ts:1:1)`);
    });
    const run = await runZhucan(["--lang", "en", "fake"], { commands: [fake] });
    expect(run.code).toBe(3);
    expect(run.err).toEqual([
      "Internal error: cannot read row of 110105**********2X",
      "Run with ZHUCAN_DEBUG=1 for details.",
    ]);
    expect(run.all).not.toMatch(/\bat /);
  });

  it("shows the stack trace, masked, with ZHUCAN_DEBUG=1", async () => {
    const fake = fakeCommand(async () => {
      throw new Error(`boom ${syntheticId}`);
    });
    const run = await runZhucan(["fake"], { commands: [fake], env: { ZHUCAN_DEBUG: "1" } });
    expect(run.err.join("\n")).toMatch(/\n\s+at /);
    expect(run.all).not.toContain(syntheticId);
  });

  it.each([
    ["an 18-character ID", syntheticId],
    ["a 20-character certificate", `${syntheticId}42`],
    ["a 15-digit legacy ID", "110105491231002"],
    ["an ID inside Chinese text", `第3行身份证${syntheticId}有误`],
  ])("masks %s in everything a command prints", async (_, text) => {
    const fake = fakeCommand(async (_argv, context) => {
      context.output.out(text);
      context.output.err(text);
      return 0;
    });
    const run = await runZhucan(["fake"], { commands: [fake] });
    expect(run.all).not.toMatch(/\d{15}/);
    expect(run.out[0]).toContain("110105");
  });
});
