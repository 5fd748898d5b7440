import type { IncomingMessage, ServerResponse } from "node:http";
import type { CookieJar } from "@maturo/api";

/** The client's address: the first X-Forwarded-For hop behind a trusted proxy, else the socket's. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers["x-forwarded-for"] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || req.socket.remoteAddress || "unknown";
}

/** Whether the browser reached us over HTTPS (directly, or through a trusted TLS-terminating proxy). */
export function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ("encrypted" in req.socket && req.socket.encrypted) return true;
  return trustProxy && req.headers["x-forwarded-proto"] === "https";
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

/** Cookies of one request; set ones are HttpOnly, SameSite=Lax, Secure over HTTPS. */
export function httpCookieJar(req: IncomingMessage, res: ServerResponse, secure: boolean): CookieJar {
  const cookies = parseCookies(req.headers.cookie);
  const append = (value: string): void => {
    const existing = res.getHeader("set-cookie");
    const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
    res.setHeader("set-cookie", [...list, value]);
  };
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  return {
    get: (name) => cookies.get(name),
    set: (name, value, { maxAgeSeconds }) =>
      append(`${name}=${encodeURIComponent(value)}; Max-Age=${maxAgeSeconds}; ${attributes}`),
    clear: (name) => append(`${name}=; Max-Age=0; ${attributes}`),
  };
}
