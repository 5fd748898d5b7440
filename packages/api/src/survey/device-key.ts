import { newToken } from "../auth/tokens.js";
import type { Context } from "../context.js";

/**
 * The device secret: a random key in an HttpOnly, SameSite=Strict cookie scoped to the API path, so
 * page scripts cannot read it and other sites cannot send it. One per browser; a response lists the
 * (hashed) keys of the devices that may show and change its answers (docs/decisions.md, "Links are
 * for answering, not for reading").
 */
export const DEVICE_COOKIE = "maturo_device";
const DEVICE_COOKIE_PATH = "/trpc";
const DEVICE_COOKIE_DAYS = 180;

/** Keys issued during a request, by its cookie jar: the request's own cookies do not show them. */
const issued = new WeakMap<Context["cookies"], string>();

/** The device key the request's cookie holds, if it holds a well-formed one (never issues one). */
export function presentedDeviceKey(ctx: Pick<Context, "cookies">): string | null {
  const existing = ctx.cookies.get(DEVICE_COOKIE);
  return existing && /^[\w-]{43}$/.test(existing) ? existing : null;
}

/** This request's device key, issued (and set as a cookie) when the browser has none yet. */
export function deviceKeyOf(ctx: Pick<Context, "cookies">): string {
  const existing = presentedDeviceKey(ctx);
  if (existing) return existing;
  const earlier = issued.get(ctx.cookies);
  if (earlier) return earlier;
  const key = newToken();
  issued.set(ctx.cookies, key);
  ctx.cookies.set(DEVICE_COOKIE, key, {
    maxAgeSeconds: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
    path: DEVICE_COOKIE_PATH,
    sameSite: "Strict",
  });
  return key;
}
