import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError, requestLocale } from "@maturo/api";
import { procedurePaths } from "./request-path.js";

/**
 * Calls one tRPC batch may hold. One GET carrying dozens of report calls kept the server busy for
 * seconds and stalled respondents' saves. A client's batch link must group
 * at most this many calls (`maxItems`).
 */
export const MAX_BATCH_CALLS = 10;

/**
 * Refuses a tRPC batch of more than MAX_BATCH_CALLS calls with 400 and a message in the request's
 * language, before any of them runs. Returns true when it answered.
 */
export function refuseLargeBatch(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (url.searchParams.get("batch") !== "1") return false;
  const calls = procedurePaths(url.pathname).length;
  if (calls <= MAX_BATCH_CALLS) return false;
  const explicit = req.headers["x-maturo-locale"];
  const locale = requestLocale(
    typeof explicit === "string" ? explicit : null,
    req.headers["accept-language"],
  );
  const message = new AppError("request.batch-too-large", { max: MAX_BATCH_CALLS, calls }).messageIn(locale);
  res
    .writeHead(400, { "content-type": "application/json" })
    .end(
      JSON.stringify({ error: { message, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400 } } }),
    );
  return true;
}
