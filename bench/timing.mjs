// The benches' shared timing helpers: wall-clock and CPU time (user + system) of a run, a
// timed child process, medians, and the machine line of a results file. CPU time says more
// than wall-clock time on a loaded machine.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";

/**
 * The median of numbers (the mean of the middle two for an even count).
 *
 * @example
 * median([3, 1, 2, 10]) //=> 2.5
 */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cpuMs = (u) => (u.user + u.system) / 1000;

/**
 * Runs `f` once: `{ ms, cpu, value }`, wall-clock and CPU milliseconds of this process.
 *
 * @example
 * time(() => 1 + 1).value //=> 2
 */
export const time = (f) => {
  const t = performance.now();
  const u = process.cpuUsage();
  const value = f();
  return { ms: performance.now() - t, cpu: cpuMs(process.cpuUsage(u)), value };
};

/**
 * {@link time} for an async `f`.
 *
 * @example
 * (await timeAsync(async () => 2)).value //=> 2
 */
export const timeAsync = async (f) => {
  const t = performance.now();
  const u = process.cpuUsage();
  const value = await f();
  return { ms: performance.now() - t, cpu: cpuMs(process.cpuUsage(u)), value };
};

/**
 * Runs Node on `args` in a child process: `{ ms, cpu }`, the CPU time (all threads) read from
 * /usr/bin/time when there is one (else `NaN`). `wrap` may put the command in another (e.g. to
 * raise its priority). Throws with the child's stderr when it fails.
 *
 * @example
 * runNode(["-e", "0"]).ms > 0 //=> true
 */
export const runNode = (args, wrap = (command) => [command[0], command.slice(1)]) => {
  const t = performance.now();
  let cpu = Number.NaN;
  if (existsSync("/usr/bin/time")) {
    const [file, rest] = wrap(["/usr/bin/time", "-f", "%U %S", process.execPath, ...args]);
    const r = spawnSync(file, rest, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${r.stderr}`);
    const [user, system] = (r.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
    cpu = ((user ?? 0) + (system ?? 0)) * 1000;
  } else {
    const [file, rest] = wrap([process.execPath, ...args]);
    execFileSync(file, rest, { stdio: "ignore" });
  }
  return { ms: performance.now() - t, cpu };
};

/**
 * The 1-minute load average, with `digits` decimals.
 *
 * @example
 * load(1) //=> "1.4"
 */
export const load = (digits = 1) => loadavg()[0].toFixed(digits);

/**
 * The machine line of a results file: CPU model × cores, Node, and the load averages now.
 *
 * @example
 * machineLine() //=> "AMD EPYC × 2, Node v20.20.2, load average 1.5 / 1.6 / 3.4 at the end"
 */
export const machineLine = () =>
  `${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")} at the end`;

/**
 * A results table's rows, one per `[what, runs, load]`: median wall ms, median CPU ms, every
 * run's wall ms, and the load when the row began.
 *
 * @example
 * runRows([["x", [{ ms: 2, cpu: 1 }], "0.5"]]) //=> ["| x | 2 | 1 | 2 | 0.5 |"]
 */
export const runRows = (results) => {
  const ms = (x) => (Number.isNaN(x) ? "–" : x.toFixed(0));
  return results.map(
    ([what, xs, loadThen]) =>
      `| ${what} | ${ms(median(xs.map((x) => x.ms)))} | ${ms(median(xs.map((x) => x.cpu)))} | ${xs.map((x) => ms(x.ms)).join(", ")} | ${loadThen} |`,
  );
};
