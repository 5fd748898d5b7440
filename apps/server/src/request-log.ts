import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import type { Logger } from "./logger.js";
import { loggablePath, loggableProcedure, procedurePaths } from "./request-path.js";

/**
 * Writes one log line per request once its response is finished (or the client went away): method,
 * path or called procedures, status and duration. Never the query string, cookies or tokens.
 */
export function logRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  logger: Logger,
): void {
  const started = performance.now();
  res.once("close", () => {
    const trpc = pathname === "/trpc" || pathname.startsWith("/trpc/");
    logger.info("request", {
      method: req.method,
      ...(trpc
        ? { path: "/trpc", procedures: procedurePaths(pathname).slice(0, 20).map(loggableProcedure) }
        : { path: loggablePath(pathname) }),
      status: res.writableFinished ? res.statusCode : "aborted",
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });
}
