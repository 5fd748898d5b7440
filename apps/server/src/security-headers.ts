import type { ServerResponse } from "node:http";

/** Headers every response carries: no framing, no sniffing, no referrer leaks of personal links. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader(
    "content-security-policy",
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  );
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("x-frame-options", "DENY");
}
