import { CliError } from "./cli-error.js";
import type { CliIo } from "./io.js";

/**
 * Print exactly one JSON document. JSON has no Infinity or NaN: non-finite numbers become null
 * (commands put a field next to such a value to say why).
 */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(
    `${JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`,
  );
}

/** Read `--format`, defaulting to the first allowed value. */
export function parseFormat<const F extends string>(
  value: string | undefined,
  allowed: readonly [F, ...F[]],
): F {
  if (value === undefined) return allowed[0];
  const found = allowed.find((format) => format === value);
  if (found === undefined) {
    throw new CliError("bad-format", `--format: expected ${allowed.join(" or ")}, got "${value}"`);
  }
  return found;
}
