import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { DUMMY_HASH, verifyPassword } from "./password.js";
import { userByEmail } from "./queries.js";
import { clearAttempts, LOGIN_RULE, takeAttempt } from "./rate-limit.js";
import { createSession, deleteSession, SESSION_COOKIE, SESSION_DAYS, type SessionUser } from "./sessions.js";

/** Logs in with e-mail and password, at most LOGIN_RULE attempts per address (and five times that per client). */
export async function login(
  ctx: Pick<Context, "db" | "now" | "ip" | "cookies">,
  input: { email: string; password: string },
): Promise<{ csrfToken: string }> {
  const now = ctx.now();
  const allowed =
    (await takeAttempt(ctx.db, `login:${input.email}`, LOGIN_RULE, now)) &&
    (await takeAttempt(
      ctx.db,
      `login-ip:${ctx.ip}`,
      { limit: LOGIN_RULE.limit * 5, windowSeconds: LOGIN_RULE.windowSeconds },
      now,
    ));
  if (!allowed) throw new AppError("auth.too-many-logins");
  const user = await userByEmail(ctx.db, input.email);
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled_at !== null || user.password_hash === null)
    throw new AppError("auth.wrong-credentials");
  await clearAttempts(ctx.db, `login:${input.email}`);
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
