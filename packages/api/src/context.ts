import type { Database, DialectName } from "@maturo/db";
import type { Kysely } from "kysely";
import type { Locale } from "./messages/localized.js";
import type { Mailer } from "./shared/mailer.js";
import type { PluginCatalog } from "./shared/plugin-catalog.js";

/** A cookie store bound to one request and its response. */
export interface CookieJar {
  get(name: string): string | undefined;
  /** HttpOnly always; `path` defaults to "/", `sameSite` to "Lax". */
  set(
    name: string,
    value: string,
    options: { maxAgeSeconds: number; path?: string; sameSite?: "Lax" | "Strict" },
  ): void;
  clear(name: string): void;
}

/** Where the API writes events an operator watches (failed logins); the server passes its logger. */
export interface EventLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

/** Long-lived things shared by every request of a server process (none holds per-user state). */
export interface Services {
  db: Kysely<Database>;
  dialect: DialectName;
  version: string;
  /** Key for hashing tokens; shared by every instance through the database (settings table). */
  secret: string;
  now: () => Date;
  plugins: PluginCatalog;
  mailer: Mailer | null;
  /** Base URL used in e-mailed links, e.g. https://maturo.example.org; null = relative links only. */
  publicUrl: string | null;
  /** Default days after a campaign closes before e-mail addresses and tokens are deleted. */
  retentionDays: number;
  /** Demo data may be loaded only where this is true (never in production). */
  demoAllowed: boolean;
  /** Absent in tests and scripts: nothing is logged. */
  logger?: EventLogger | undefined;
}

/** What one request brings: its cookies, the client's address, the CSRF header and its language. */
export interface RequestInfo {
  cookies: CookieJar;
  ip: string;
  csrfHeader: string | null;
  /** The language error messages are worded in (see requestLocale); English when absent. */
  locale?: Locale;
}

export interface ContextInner extends Services, Omit<RequestInfo, "locale"> {
  locale: Locale;
}
export type Context = ContextInner;

/**
 * Context without HTTP: tests pass a cookie jar of their own and call procedures directly. Built
 * field by field rather than by spreading: one object shape for every request, which the engine
 * keeps fast (spreading the services cost about a tenth of an autosave's CPU; issue 18). Every
 * field is listed, optional ones too: one left out is a compile error.
 */
export function createContextInner(services: Services, request: RequestInfo): Context {
  return {
    db: services.db,
    dialect: services.dialect,
    version: services.version,
    secret: services.secret,
    now: services.now,
    plugins: services.plugins,
    mailer: services.mailer,
    publicUrl: services.publicUrl,
    retentionDays: services.retentionDays,
    demoAllowed: services.demoAllowed,
    logger: services.logger,
    cookies: request.cookies,
    ip: request.ip,
    csrfHeader: request.csrfHeader,
    locale: request.locale ?? "en",
  } satisfies { [K in keyof Context]-?: unknown };
}

/** A cookie jar over a plain map, for callers without HTTP (tests, scripts). */
export function memoryCookieJar(
  initial: Record<string, string> = {},
): CookieJar & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (name) => values.get(name),
    set: (name, value) => {
      values.set(name, value);
    },
    clear: (name) => {
      values.delete(name);
    },
  };
}
