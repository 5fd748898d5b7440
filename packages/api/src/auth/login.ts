import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { type BackoffRule, takeBackoffSlot } from "./backoff.js";
import { logFailedLogin } from "./failed-login-log.js";
import { DUMMY_HASH, verifyPassword } from "./password.js";
import { userByEmail } from "./queries.js";
import { clearAttempts, clearAttemptsStartingWith, type RateLimitRule, takeAttempt } from "./rate-limit.js";
import { createSession, deleteSession, SESSION_COOKIE, SESSION_DAYS, type SessionUser } from "./sessions.js";

/**
 * Attempts per account from one address: five at once, then waits of 15, 30 and 60 seconds, never
 * longer (docs/decisions.md, "Login throttling"). Counted per address so that an attack from
 * elsewhere never delays the owner.
 */
export const LOGIN_ACCOUNT_RULE: BackoffRule = {
  free: 5,
  firstDelaySeconds: 15,
  maxDelaySeconds: 60,
  forgetAfterSeconds: 15 * 60,
};

/** Attempts from one address over all accounts (password spraying). */
export const LOGIN_ADDRESS_RULE: RateLimitRule = { limit: 50, windowSeconds: 15 * 60 };

/** The key of one account's attempts from one address; `accountAttemptsPrefix` covers all addresses. */
const accountAttemptsPrefix = (email: string): string => `login:${email}|`;

/** Forgets an account's failed logins from every address (after its password was reset). */
export function clearLoginAttempts(ctx: Pick<Context, "db">, email: string): Promise<void> {
  return clearAttemptsStartingWith(ctx.db, accountAttemptsPrefix(email));
}

/** Logs in with e-mail and password, under LOGIN_ACCOUNT_RULE and LOGIN_ADDRESS_RULE. */
export async function login(
  ctx: Pick<Context, "db" | "now" | "ip" | "cookies" | "logger" | "secret">,
  input: { email: string; password: string },
): Promise<{ csrfToken: string }> {
  const now = ctx.now();
  const accountKey = `${accountAttemptsPrefix(input.email)}${ctx.ip}`;
  const slot = await takeBackoffSlot(ctx.db, accountKey, LOGIN_ACCOUNT_RULE, now);
  const addressAllowed =
    slot.allowed && (await takeAttempt(ctx.db, `login-ip:${ctx.ip}`, LOGIN_ADDRESS_RULE, now));
  if (!slot.allowed || !addressAllowed) {
    logFailedLogin(ctx, input.email, "throttled");
    throw new AppError("auth.too-many-logins", {
      seconds: slot.allowed ? LOGIN_ADDRESS_RULE.windowSeconds : slot.retryAfterSeconds,
    });
  }
  const user = await userByEmail(ctx.db, input.email);
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled_at !== null || user.password_hash === null) {
    logFailedLogin(ctx, input.email, "wrong-credentials");
    throw new AppError("auth.wrong-credentials");
  }
  await clearAttempts(ctx.db, accountKey);
  const session = await createSession(ctx.db, user.id, now);
  ctx.cookies.set(SESSION_COOKIE, session.cookie, { maxAgeSeconds: SESSION_DAYS * 86_400 });
  return { csrfToken: session.csrfToken };
}

export async function logout(
  ctx: Pick<Context, "db" | "cookies"> & { user: SessionUser },
): Promise<{ ok: true }> {
  await deleteSession(ctx.db, ctx.user.sessionHash);
  ctx.cookies.clear(SESSION_COOKIE);
  return { ok: true };
}
