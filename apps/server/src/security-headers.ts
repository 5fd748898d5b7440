import type { ServerResponse } from "node:http";

/**
 * Browser features Maturo never uses, denied to the page and to anything it could embed (the
 * clipboard stays allowed: the console copies syntax to it).
 */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/**
 * The Content-Security-Policy: only the site's own scripts, plus the inline scripts named by their
 * hash (`'sha256-…'`, the respondent page's — apps/web/scripts/post-build.mjs writes it).
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const scripts = inlineScripts.length === 0 ? "" : ` script-src 'self' ${inlineScripts.join(" ")};`;
  return `default-src 'self';${scripts} img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'`;
}

const DEFAULT_CSP = contentSecurityPolicy();

/**
 * Headers every response carries: no framing, no sniffing, no referrer leaks of personal links, no
 * unused browser features; over HTTPS also HSTS, so a later visit never falls back to plain HTTP.
 */
export function setSecurityHeaders(res: ServerResponse, https: boolean): void {
  res.setHeader("content-security-policy", DEFAULT_CSP);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("permissions-policy", PERMISSIONS_POLICY);
  if (https) res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
}
