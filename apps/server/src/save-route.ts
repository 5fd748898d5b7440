import type { IncomingMessage, ServerResponse } from "node:http";
import { appRouter, type createContextInner, procedureError, saveAnswers, saveInput } from "@maturo/api";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getErrorShape, getTRPCErrorFromUnknown } from "@trpc/server/unstable-core-do-not-import";
import { sendWhole } from "./compress-response.js";

type Context = ReturnType<typeof createContextInner>;

export interface SaveRouteOptions {
  maxBodySize: number;
  createContext(req: IncomingMessage, res: ServerResponse): Context;
  onError(opts: { error: TRPCError; path: string }): void;
  /**
   * The tRPC handler (with its response compression), for what this route does not answer itself;
   * `req.body` then holds the body read.
   */
  fallback(req: IncomingMessage & { body?: string }, res: ServerResponse): void;
}

const PATH = "survey.save";

/**
 * `POST /trpc/survey.save` — every respondent's autosave, the busiest call — answered without
 * tRPC's fetch adapter and procedure chain, which turned each request and response into web
 * streams and cost about a third of a save's CPU (docs/decisions.md, issue 18). It is a second
 * adapter over the same parts, never a second copy of them: the procedure's input schema
 * (`saveInput`), its use case (`saveAnswers`), the same context, and the one mapping of errors
 * every procedure uses (`procedureError`); a schema refusal is tRPC's 400 with the zod issues. The
 * response is tRPC's, byte for byte (save-route.test.ts compares them): one call alone
 * (`{"result":{"data":…}}`) or a batch of one (`?batch=1`, `[…]`), errors shaped by the router's
 * error formatter with tRPC's status codes. Anything else — a body that is not a JSON object,
 * another content type, a stream link — goes to tRPC with the body already read.
 * Returns false when the request is not one it takes.
 */
export function createSaveRoute(options: SaveRouteOptions) {
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    if (req.method !== "POST" || url.pathname !== `/trpc/${PATH}`) return false;
    const batch = url.searchParams.get("batch");
    const contentType = req.headers["content-type"];
    if (
      (batch !== null && batch !== "1") ||
      url.searchParams.size > (batch === null ? 0 : 1) ||
      req.headers["trpc-accept"] !== undefined ||
      (contentType !== undefined && !contentType.startsWith("application/json"))
    )
      return false;
    let raw = "";
    let tooLarge = false;
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      if (tooLarge) return;
      raw += chunk;
      if (Buffer.byteLength(raw) > options.maxBodySize) tooLarge = true;
    });
    req.on("end", () => {
      if (tooLarge) {
        const error = new TRPCError({ code: "PAYLOAD_TOO_LARGE" });
        answer(req, res, batch !== null, { error, input: undefined, ctx: undefined }, options);
        return;
      }
      let body: unknown;
      try {
        body = raw === "" ? undefined : JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const input = batch === null ? body : (body as Record<string, unknown> | undefined)?.["0"];
      if (
        typeof input !== "object" ||
        input === null ||
        (batch !== null && Object.keys(body as object).length !== 1)
      ) {
        options.fallback(Object.assign(req, { body: raw }), res);
        return;
      }
      let ctx: Context;
      try {
        ctx = options.createContext(req, res);
      } catch (cause) {
        answer(
          req,
          res,
          batch !== null,
          { error: getTRPCErrorFromUnknown(cause), input, ctx: undefined },
          options,
        );
        return;
      }
      const parsed = saveInput.safeParse(input);
      if (!parsed.success) {
        // As tRPC's input validation refuses it: 400, the zod error as the cause.
        const error = new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
        answer(req, res, batch !== null, { error, input, ctx }, options);
        return;
      }
      saveAnswers(ctx, parsed.data).then(
        (data) => answer(req, res, batch !== null, { data }, options),
        (cause: unknown) =>
          answer(
            req,
            res,
            batch !== null,
            { error: procedureError(getTRPCErrorFromUnknown(cause)), input, ctx },
            options,
          ),
      );
    });
    return true;
  };
}

type Outcome = { data: unknown } | { error: TRPCError; input: unknown; ctx: Context | undefined };

function answer(
  req: IncomingMessage,
  res: ServerResponse,
  batch: boolean,
  outcome: Outcome,
  options: SaveRouteOptions,
): void {
  let status = 200;
  let message: unknown;
  if ("data" in outcome) message = { result: { data: outcome.data } };
  else {
    const { error, input, ctx } = outcome;
    options.onError({ error, path: PATH });
    status = getHTTPStatusCodeFromError(error);
    message = {
      error: getErrorShape({
        config: appRouter._def._config,
        error,
        type: "mutation",
        path: PATH,
        input,
        ctx,
      }),
    };
  }
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  sendWhole(req, res, JSON.stringify(batch ? [message] : message));
}
