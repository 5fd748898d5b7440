import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { clearLoginAttempts } from "./login.js";
import { hashPassword, verifyPassword } from "./password.js";
import {
  deletePasswordResetsOf,
  deleteSessionsOf,
  insertPasswordResetFor,
  passwordHashOf,
  passwordReset,
  setPasswordHash,
  userByEmail,
  userEmail,
} from "./queries.js";
import { takeAttempt } from "./rate-limit.js";
import { RESET_HOURS, resetMail } from "./reset-mail.js";
import type { SessionUser } from "./sessions.js";
import { hashToken, newToken } from "./tokens.js";

/** Changes the user's own password; their other sessions end. */
export async function changePassword(
  ctx: Pick<Context, "db"> & { user: SessionUser },
  input: { current: string; next: string },
): Promise<{ ok: true }> {
  const stored = await passwordHashOf(ctx.db, ctx.user.id);
  if (!stored || !(await verifyPassword(input.current, stored)))
    throw new AppError("auth.wrong-current-password");
  await setPasswordHash(ctx.db, ctx.user.id, await hashPassword(input.next));
  await deleteSessionsOf(ctx.db, ctx.user.id, ctx.user.sessionHash);
  return { ok: true };
}

/**
 * Sends a reset link when SMTP is configured; always answers the same, so it reveals no accounts.
 * Known and unknown addresses take the same path (the same statements and hashing: the reset row
 * is inserted only where the account exists), and the answer does not wait for the mail server, so
 * neither the answer nor its speed tells whether an account exists.
 */
export async function requestPasswordReset(
  ctx: Pick<Context, "db" | "now" | "mailer" | "secret" | "publicUrl" | "logger">,
  email: string,
): Promise<{ sent: boolean; reason: "no-smtp" | null }> {
  const { mailer } = ctx;
  if (!mailer) return { sent: false, reason: "no-smtp" };
  const now = ctx.now();
  if (!(await takeAttempt(ctx.db, `reset:${email}`, { limit: 3, windowSeconds: 3600 }, now)))
    return { sent: true, reason: null };
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESET_HOURS * 3_600_000).toISOString();
  const user = await userByEmail(ctx.db, email);
  const stored = await insertPasswordResetFor(ctx.db, hashToken(ctx.secret, token), email, expiresAt);
  if (user && stored) {
    const mail = resetMail(user.locale, email, `${ctx.publicUrl ?? ""}/reset-password#${token}`);
    mailer.send(mail).catch((error: unknown) => {
      ctx.logger?.warn("password-reset mail failed", {
        error: error instanceof Error ? error.message : String(error),
      });
    });
  }
  return { sent: true, reason: null };
}

/** Sets a new password from a reset link; every session of the user ends. */
export async function resetPassword(
  ctx: Pick<Context, "db" | "now" | "secret">,
  input: { token: string; password: string },
): Promise<{ ok: true }> {
  const reset = await passwordReset(ctx.db, hashToken(ctx.secret, input.token));
  if (!reset || reset.expires_at <= ctx.now().toISOString()) throw new AppError("auth.reset-link-invalid");
  const userId = reset.user_id;
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, userId, passwordHash);
    await deletePasswordResetsOf(trx, userId);
    await deleteSessionsOf(trx, userId);
  });
  // Whoever proved control of the mailbox may log in again at once.
  await clearLoginAttempts(ctx, await userEmail(ctx.db, userId));
  return { ok: true };
}
