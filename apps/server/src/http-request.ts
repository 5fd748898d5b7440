import type { IncomingMessage, ServerResponse } from "node:http";
import type { CookieJar } from "@maturo/api";

/**
 * How many proxies in front of the server are trusted: `false` or 0 none, `true` one, a number that
 * many hops (docs/decisions.md, "Server: TRUST_PROXY counts hops").
 */
export type TrustProxy = boolean | number;

export function trustedHops(trustProxy: TrustProxy): number {
  if (typeof trustProxy === "boolean") return trustProxy ? 1 : 0;
  return Math.max(0, Math.floor(trustProxy));
}

/**
 * The value of an `X-Forwarded-*` list that the outermost trusted proxy added. Each proxy appends on
 * the right, so with `hops` trusted proxies the right-most `hops` entries were written by them, and
 * the entry `hops` from the right is what the outermost one saw. Everything further left is the
 * client's own claim and is never used; a shorter list means fewer proxies than configured, and
 * its left-most entry is the nearest trustworthy value.
 */
function forwardedValue(req: IncomingMessage, header: string, hops: number): string | undefined {
  if (hops <= 0) return undefined;
  const raw = req.headers[header];
  const entries = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  return entries[Math.max(0, entries.length - hops)];
}

/** The client's address: the one the outermost trusted proxy saw, else the socket's peer. */
export function clientIp(req: IncomingMessage, hops: number): string {
  return forwardedValue(req, "x-forwarded-for", hops) || req.socket.remoteAddress || "unknown";
}

/** Whether the browser reached us over HTTPS (directly, or through a trusted TLS-terminating proxy). */
export function isHttps(req: IncomingMessage, hops: number): boolean {
  if ("encrypted" in req.socket && req.socket.encrypted) return true;
  return forwardedValue(req, "x-forwarded-proto", hops)?.toLowerCase() === "https";
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies.set(name, decodeURIComponent(part.slice(index + 1).trim()));
    } catch {
      // a cookie that is not valid URI encoding is not ours; ignore it
    }
  }
  return cookies;
}

/** Cookies of one request; set ones are HttpOnly, SameSite=Lax unless asked Strict, Secure over HTTPS. */
export function httpCookieJar(req: IncomingMessage, res: ServerResponse, secure: boolean): CookieJar {
  const cookies = parseCookies(req.headers.cookie);
  const append = (value: string): void => {
    const existing = res.getHeader("set-cookie");
    const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
    res.setHeader("set-cookie", [...list, value]);
  };
  const attributes = (path = "/", sameSite = "Lax"): string =>
    `Path=${path}; HttpOnly; SameSite=${sameSite}${secure ? "; Secure" : ""}`;
  return {
    get: (name) => cookies.get(name),
    set: (name, value, { maxAgeSeconds, path, sameSite }) =>
      append(`${name}=${encodeURIComponent(value)}; Max-Age=${maxAgeSeconds}; ${attributes(path, sameSite)}`),
    clear: (name) => append(`${name}=; Max-Age=0; ${attributes()}`),
  };
}
