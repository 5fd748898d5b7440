import { createLogger, type Logger } from "../logger.js";

export interface CapturedLogger {
  logger: Logger;
  lines: string[];
  /** Resolves with the first line (already written or still to come) for which `match` holds. */
  next(match: (entry: Record<string, unknown>) => boolean): Promise<string>;
}

/** The server's real logger, writing into memory; tests wait for a line rather than for time. */
export function captureLogger(): CapturedLogger {
  const lines: string[] = [];
  const waiting: { match: (entry: Record<string, unknown>) => boolean; resolve: (line: string) => void }[] =
    [];
  const parse = (line: string): Record<string, unknown> => JSON.parse(line) as Record<string, unknown>;
  const logger = createLogger((line) => {
    lines.push(line);
    for (const waiter of [...waiting]) {
      if (!waiter.match(parse(line))) continue;
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  return {
    logger,
    lines,
    next: (match) => {
      const seen = lines.find((line) => match(parse(line)));
      return seen !== undefined
        ? Promise.resolve(seen)
        : new Promise((resolve) => waiting.push({ match, resolve }));
    },
  };
}
