/** Structured logs: one JSON object per line on stdout, easy to ship and to grep. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = "info" | "warn" | "error";

/** How long an info line may wait to be written with others, and how much may wait. */
const FLUSH_AFTER_MS = 50;
const FLUSH_AT_CHARS = 64 * 1024;

/**
 * Writes to stdout at most every 50 ms (or once 64 k characters wait): a request log line each for
 * thousands of saves a second were as many system calls (stdout is written synchronously), and
 * once per turn of the event loop was still hundreds a second. Warnings and errors go out at once
 * with what is pending, and what is pending goes out when the process exits; a process killed
 * outright loses at most the last 50 ms of info lines.
 */
export function stdoutLines(): (line: string, urgent: boolean) => void {
  let pending = "";
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === "") return;
    const lines = pending;
    pending = "";
    process.stdout.write(lines);
  };
  process.on("exit", flush);
  return (line, urgent) => {
    pending += line;
    if (urgent || pending.length >= FLUSH_AT_CHARS) flush();
    else if (timer === null) timer = setTimeout(flush, FLUSH_AFTER_MS).unref();
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
