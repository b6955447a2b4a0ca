/**
 * The exit codes of `zhucan`, stable for scripts: 0 success, 1 the input has problems (they were
 * reported), 2 the command line is wrong, 3 an internal error (a bug: please report it).
 *
 * @example
 * exitCodes.inputProblems //=> 1
 */
export const exitCodes = {
  ok: 0,
  inputProblems: 1,
  usage: 2,
  internal: 3,
} as const;

/** One of {@link exitCodes}. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
