import packageJson from "../../package.json" with { type: "json" };

/**
 * The version of `zhucan`, from its package.json (inlined at build time).
 *
 * @example
 * cliVersion //=> "0.1.0"
 */
export const cliVersion: string = packageJson.version;
