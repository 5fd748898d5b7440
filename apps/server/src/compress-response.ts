import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { acceptedEncodings } from "./static-files.js";

/** Below this many bytes a response goes as it is: compressing would save less than a packet. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Compresses a JSON response on the fly (brotli, else gzip, as the request accepts) once it is
 * complete and at least COMPRESS_THRESHOLD_BYTES long: the response's writes are collected and
 * sent with `end`. Meant for /trpc, whose answers are written whole (httpBatchLink, no streaming);
 * brotli runs at quality 5, where it is about as fast as gzip and still clearly smaller.
 */
export function compressWhenLarge(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === "HEAD") return;
  const chunks: Buffer[] = [];
  const collect = (chunk: unknown, enc?: unknown): void => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof enc === "string" ? (enc as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array),
    );
  };
  const end = res.end.bind(res);
  res.write = ((chunk: unknown, enc?: unknown, callback?: unknown): boolean => {
    collect(chunk, enc);
    const done = typeof enc === "function" ? enc : callback;
    if (typeof done === "function") queueMicrotask(() => done());
    return true;
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, enc?: unknown, callback?: unknown): ServerResponse => {
    collect(chunk, enc);
    const done = [chunk, enc, callback].find((f) => typeof f === "function") as (() => void) | undefined;
    return endWhole(req, res, Buffer.concat(chunks), end, done);
  }) as ServerResponse["end"];
}

/**
 * Sends a whole response body as compressWhenLarge would: compressed when it is at least
 * COMPRESS_THRESHOLD_BYTES long and the request accepts it, with its length and `Vary`. For a
 * handler that writes its body in one piece (the save route) without wrapping the response.
 */
export function sendWhole(req: IncomingMessage, res: ServerResponse, body: string): ServerResponse {
  // A short body is sent as the string it is: node writes it with the headers in one piece.
  if (body.length < COMPRESS_THRESHOLD_BYTES / 3 && !res.headersSent && !res.hasHeader("content-encoding")) {
    addVaryAcceptEncoding(res);
    res.setHeader("content-length", Buffer.byteLength(body));
    return res.end(body);
  }
  return endWhole(req, res, Buffer.from(body), res.end.bind(res));
}

/** Responses differ by Accept-Encoding: said once, after what the handler (tRPC) set itself. */
function addVaryAcceptEncoding(res: ServerResponse): void {
  const vary = String(res.getHeader("vary") ?? "");
  if (!/accept-encoding/i.test(vary))
    res.setHeader("vary", vary ? `${vary}, accept-encoding` : "accept-encoding");
}

function endWhole(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  end: (body: Buffer, done?: () => void) => ServerResponse,
  done?: () => void,
): ServerResponse {
  // Added at the end: the tRPC adapter sets its own Vary while it writes.
  if (!res.headersSent) addVaryAcceptEncoding(res);
  // The Accept-Encoding header is parsed only for a body worth compressing.
  const encoding = body.length < COMPRESS_THRESHOLD_BYTES ? null : preferredEncoding(req);
  if (encoding === null || res.hasHeader("content-encoding")) {
    if (!res.headersSent) res.setHeader("content-length", body.length);
    return end(body, done);
  }
  const compressed =
    encoding === "br"
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipSync(body);
  res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", compressed.length);
  return end(compressed, done);
}

function preferredEncoding(req: IncomingMessage): "br" | "gzip" | null {
  const accepted = acceptedEncodings(req.headers["accept-encoding"]);
  return accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : null;
}
