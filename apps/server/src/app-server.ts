import { createServer, type Server } from "node:http";
import { type AppRouter, appRouter, createContextInner, requestLocale, type Services } from "@maturo/api";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { clientIp, httpCookieJar, isHttps } from "./http-request.js";
import type { Logger } from "./logger.js";
import { setSecurityHeaders } from "./security-headers.js";
import { createStaticHandler } from "./static-files.js";

export interface AppServerOptions {
  services: Services;
  /** Folder with the built web app (index.html, assets/). */
  webRoot: string;
  trustProxy: boolean;
  logger: Logger;
}

/** The one HTTP server: /healthz, /trpc/*, and the web app for everything else. */
export function createAppServer(options: AppServerOptions): Server {
  const { services, webRoot, logger, trustProxy } = options;
  const trpc = createHTTPHandler<AppRouter>({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: 2_000_000,
    createContext: ({ req, res }) => {
      const csrf = req.headers["x-csrf-token"];
      const locale = req.headers["x-maturo-locale"];
      return createContextInner(services, {
        cookies: httpCookieJar(req, res, isHttps(req, trustProxy)),
        ip: clientIp(req, trustProxy),
        csrfHeader: typeof csrf === "string" ? csrf : null,
        locale: requestLocale(typeof locale === "string" ? locale : null, req.headers["accept-language"]),
      });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        logger.error("procedure failed", { path, error: error.message });
    },
  });
  const serveStatic = createStaticHandler(webRoot);

  return createServer((req, res) => {
    setSecurityHeaders(res);
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/healthz") {
      services.db
        .selectFrom("organisations")
        .select("id")
        .limit(1)
        .execute()
        .then(
          () =>
            res
              .writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
              .end(JSON.stringify({ status: "ok", version: services.version })),
          (error: unknown) => {
            logger.error("health check failed", {
              error: error instanceof Error ? error.message : String(error),
            });
            res
              .writeHead(503, { "content-type": "application/json" })
              .end(JSON.stringify({ status: "unavailable" }));
          },
        );
      return;
    }
    if (path === "/trpc" || path.startsWith("/trpc/")) {
      res.setHeader("cache-control", "no-store");
      trpc(req, res);
      return;
    }
    serveStatic(req, res).catch((error: unknown) => {
      logger.error("static file failed", {
        path,
        error: error instanceof Error ? error.message : String(error),
      });
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
  });
}
