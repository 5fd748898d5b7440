import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AppRouter, appRouter, createContextInner, requestLocale, type Services } from "@maturo/api";
import type { TRPCError } from "@trpc/server";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { refuseLargeBatch } from "./batch-limit.js";
import { compressWhenLarge } from "./compress-response.js";
import { clientIp, httpCookieJar, isHttps, type TrustProxy, trustedHops } from "./http-request.js";
import type { Logger } from "./logger.js";
import { checkWritable } from "./readiness.js";
import { logRequest } from "./request-log.js";
import { loggablePath } from "./request-path.js";
import { surveyPreloadUrl } from "./respondent-preload.js";
import { createSaveRoute } from "./save-route.js";
import { setSecurityHeaders } from "./security-headers.js";
import { createStaticHandler } from "./static-files.js";

export interface AppServerOptions {
  services: Services;
  /** Folder with the built web app (index.html, assets/). */
  webRoot: string;
  /** Trusted proxy hops (`true` = 1, `false` = 0); see ServerConfig.trustProxy. */
  trustProxy: TrustProxy;
  /** The site's public base URL; an https one means every response is served over HTTPS. */
  publicUrl?: string | null | undefined;
  logger: Logger;
}

/** The largest request body /trpc reads. */
const MAX_BODY_BYTES = 2_000_000;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Answers a probe: 200 with the version when `check` resolves, 503 (and a log line) when it fails. */
function probe(
  res: ServerResponse,
  check: Promise<unknown>,
  version: string,
  logger: Logger,
  name: string,
): void {
  const headers = { "content-type": "application/json", "cache-control": "no-store" };
  check.then(
    () => res.writeHead(200, headers).end(JSON.stringify({ status: "ok", version })),
    (error: unknown) => {
      logger.error(`${name} failed`, { error: errorText(error) });
      res.writeHead(503, headers).end(JSON.stringify({ status: "unavailable" }));
    },
  );
}

/**
 * The one HTTP server: /healthz (liveness: the process answers and can read), /readyz (readiness:
 * the database can store a save), /trpc/*, and the web app for everything else.
 */
export function createAppServer(options: AppServerOptions): Server {
  const { services, webRoot, logger } = options;
  const hops = trustedHops(options.trustProxy);
  const httpsSite = options.publicUrl?.startsWith("https:") ?? false;
  const createContext = (req: IncomingMessage, res: ServerResponse) => {
    const csrf = req.headers["x-csrf-token"];
    const locale = req.headers["x-maturo-locale"];
    return createContextInner(services, {
      cookies: httpCookieJar(req, res, isHttps(req, hops)),
      ip: clientIp(req, hops),
      csrfHeader: typeof csrf === "string" ? csrf : null,
      locale: requestLocale(typeof locale === "string" ? locale : null, req.headers["accept-language"]),
    });
  };
  const onError = ({ error, path }: { error: TRPCError; path: string | undefined }): void => {
    if (error.code === "INTERNAL_SERVER_ERROR")
      logger.error("procedure failed", { path, error: error.message });
    if (error.code === "SERVICE_UNAVAILABLE")
      logger.error("storage unavailable", { path, error: errorText(error.cause?.cause ?? error.cause) });
  };
  const trpc = createHTTPHandler<AppRouter>({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req, res }) => createContext(req, res),
    onError,
  });
  const compressedTrpc = (req: IncomingMessage, res: ServerResponse): void => {
    compressWhenLarge(req, res);
    trpc(req, res);
  };
  // The save route sends its answers whole, compressed as compressWhenLarge would (sendWhole).
  const save = createSaveRoute({
    maxBodySize: MAX_BODY_BYTES,
    createContext,
    onError,
    fallback: compressedTrpc,
  });
  const serveStatic = createStaticHandler(webRoot, (pathname, req) =>
    surveyPreloadUrl(pathname, req.headers["accept-language"]),
  );

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    logRequest(req, res, path, logger);
    setSecurityHeaders(res, httpsSite || isHttps(req, hops));
    if (path === "/healthz") {
      const read = services.db.selectFrom("organisations").select("id").limit(1).execute();
      probe(res, read, services.version, logger, "health check");
      return;
    }
    if (path === "/readyz") {
      probe(res, checkWritable(services.db, services.now()), services.version, logger, "readiness check");
      return;
    }
    if (path === "/trpc" || path.startsWith("/trpc/")) {
      res.setHeader("cache-control", "no-store");
      if (refuseLargeBatch(req, res, url)) return;
      if (!save(req, res, url)) compressedTrpc(req, res);
      return;
    }
    serveStatic(req, res).catch((error: unknown) => {
      logger.error("static file failed", { path: loggablePath(path), error: errorText(error) });
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
  });
}
