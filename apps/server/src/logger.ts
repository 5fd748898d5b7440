/** Structured logs: one JSON object per line on stdout, easy to ship and to grep. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = "info" | "warn" | "error";

/**
 * Writes to stdout once per turn of the event loop: a request log line each for hundreds of saves a
 * second were as many system calls (stdout is written synchronously). Warnings and errors go out at
 * once with what is pending, and what is pending goes out when the process exits.
 */
export function stdoutLines(): (line: string, urgent: boolean) => void {
  let pending = "";
  const flush = (): void => {
    if (pending === "") return;
    const lines = pending;
    pending = "";
    process.stdout.write(lines);
  };
  process.on("exit", flush);
  return (line, urgent) => {
    if (pending === "" && !urgent) setImmediate(flush);
    pending += line;
    if (urgent) flush();
  };
}

export function createLogger(write: (line: string, urgent: boolean) => void = stdoutLines()): Logger {
  const log = (level: Level, message: string, fields: Record<string, unknown> = {}): void => {
    const line = `${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`;
    write(line, level !== "info");
  };
  return {
    info: (message, fields) => log("info", message, fields),
    warn: (message, fields) => log("warn", message, fields),
    error: (message, fields) => log("error", message, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
