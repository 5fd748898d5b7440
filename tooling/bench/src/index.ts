// What the benchmarks share. They run with tsx, which takes this TypeScript as it is (no build).
import { spawnSync } from "node:child_process";

/** Debian's Python: its numpy (`python3-numpy`) is the reference numpy figures come from. */
export const DEBIAN_PYTHON = "/usr/bin/python3";

export interface Timed<T> {
  /** Median process CPU time (user + system) in seconds: on a shared machine, wall time is not ours. */
  readonly seconds: number;
  /** Median wall time in seconds. */
  readonly wallSeconds: number;
  /** The last run's result. */
  readonly value: T;
}

/** Runs `run` `repeats` times and takes the median CPU and wall times. */
export function medianTimes<T>(run: () => T, repeats = 1): Timed<T> {
  const cpu: number[] = [];
  const wall: number[] = [];
  let value: T | undefined;
  for (let r = 0; r < repeats; r++) {
    value = undefined; // let the previous run's result go before the next one allocates its own
    const startCpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    value = run();
    wall.push(Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1e6);
  }
  const median = (values: number[]): number => values.sort((l, r) => l - r)[values.length >> 1] as number;
  return { seconds: median(cpu), wallSeconds: median(wall), value: value as T };
}

/**
 * Runs a reference script — `command args…`, one thread for any BLAS — and parses the last line it
 * prints as JSON. When `command probe…` fails (the interpreter or its library is missing) or the
 * script fails, returns the notice to print instead, starting "skipped:".
 */
export function runReference<T>(
  command: string,
  probe: readonly string[],
  args: readonly string[],
  hint = "",
): T | string {
  const available = spawnSync(command, probe, { encoding: "utf8" });
  if (available.error !== undefined || available.status !== 0) {
    const why = available.error?.message ?? available.stderr.trim().split("\n").pop();
    return `skipped: ${command} ${probe.join(" ")} failed (${why})${hint === "" ? "" : `; ${hint}`}`;
  }
  const run = spawnSync(command, args, {
    encoding: "utf8",
    env: { ...process.env, OMP_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1" },
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    return `skipped: ${args[0]} exited ${run.status}: ${run.stderr.trim().slice(0, 400)}`;
  }
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as T;
}
