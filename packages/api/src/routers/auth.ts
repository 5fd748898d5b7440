import { z } from "zod";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../auth/password.js";
import { clearAttempts, LOGIN_RULE, takeAttempt } from "../auth/rate-limit.js";
import {
  createSession,
  deleteSession,
  findSessionUser,
  SESSION_COOKIE,
  SESSION_DAYS,
} from "../auth/sessions.js";
import { hashToken, newToken } from "../auth/tokens.js";
import { AppError } from "../errors.js";
import { authedProcedure, publicProcedure, router } from "../trpc.js";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("not a valid e-mail address"))
  .pipe(z.string().max(254));
export const password = z.string().min(10, "at least 10 characters").max(200);

const RESET_HOURS = 24;

export const authRouter = router({
  /** The logged-in user and the CSRF token the web app sends with mutations; null when logged out. */
  me: publicProcedure.query(async ({ ctx }) => {
    const cookie = ctx.cookies.get(SESSION_COOKIE);
    const user = cookie ? await findSessionUser(ctx.db, cookie, ctx.now()) : null;
    if (!user) return null;
    const organisations = user.organisationIds.length
      ? await ctx.db
          .selectFrom("organisations")
          .select(["id", "name", "code"])
          .where("id", "in", user.organisationIds)
          .orderBy("name")
          .execute()
      : [];
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      organisations,
      csrfToken: user.csrfToken,
    };
  }),

  login: publicProcedure
    .input(z.object({ email, password: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
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
      const user = await ctx.db
        .selectFrom("users")
        .select(["id", "password_hash", "disabled_at"])
        .where("email", "=", input.email)
        .executeTakeFirst();
      const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !ok || user.disabled_at !== null || user.password_hash === null) {
        throw new AppError("auth.wrong-credentials");
      }
      await clearAttempts(ctx.db, `login:${input.email}`);
      const session = await createSession(ctx.db, user.id, now);
      ctx.cookies.set(SESSION_COOKIE, session.cookie, { maxAgeSeconds: SESSION_DAYS * 86_400 });
      return { csrfToken: session.csrfToken };
    }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await deleteSession(ctx.db, ctx.user.sessionHash);
    ctx.cookies.clear(SESSION_COOKIE);
    return { ok: true };
  }),

  changePassword: authedProcedure
    .input(z.object({ current: z.string().min(1).max(200), next: password }))
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db
        .selectFrom("users")
        .select("password_hash")
        .where("id", "=", ctx.user.id)
        .executeTakeFirstOrThrow();
      if (!row.password_hash || !(await verifyPassword(input.current, row.password_hash))) {
        throw new AppError("auth.wrong-current-password");
      }
      await ctx.db
        .updateTable("users")
        .set({ password_hash: await hashPassword(input.next) })
        .where("id", "=", ctx.user.id)
        .execute();
      await ctx.db
        .deleteFrom("sessions")
        .where("user_id", "=", ctx.user.id)
        .where("id_hash", "!=", ctx.user.sessionHash)
        .execute();
      return { ok: true };
    }),

  /** Sends a reset link when SMTP is configured; always answers the same, so it reveals no accounts. */
  requestPasswordReset: publicProcedure.input(z.object({ email })).mutation(async ({ ctx, input }) => {
    if (!ctx.mailer) {
      return { sent: false, reason: "no-smtp" as const };
    }
    const now = ctx.now();
    if (!(await takeAttempt(ctx.db, `reset:${input.email}`, { limit: 3, windowSeconds: 3600 }, now))) {
      return { sent: true, reason: null };
    }
    const user = await ctx.db
      .selectFrom("users")
      .select(["id", "locale"])
      .where("email", "=", input.email)
      .where("disabled_at", "is", null)
      .executeTakeFirst();
    if (user) {
      const token = newToken();
      await ctx.db
        .insertInto("password_resets")
        .values({
          token_hash: hashToken(ctx.secret, token),
          user_id: user.id,
          expires_at: new Date(now.getTime() + RESET_HOURS * 3_600_000).toISOString(),
        })
        .execute();
      const link = `${ctx.publicUrl ?? ""}/reset-password#${token}`;
      await ctx.mailer.send(
        user.locale === "en"
          ? {
              to: input.email,
              subject: "Maturo: reset your password",
              text: `Set a new password within ${RESET_HOURS} hours:\n\n${link}\n\nDid not ask for this? Ignore this e-mail.`,
            }
          : {
              to: input.email,
              subject: "Maturo: nieuw wachtwoord",
              text: `Kies binnen ${RESET_HOURS} uur een nieuw wachtwoord:\n\n${link}\n\nNiet aangevraagd? Negeer deze e-mail.`,
            },
      );
    }
    return { sent: true, reason: null };
  }),

  resetPassword: publicProcedure
    .input(z.object({ token: z.string().min(16).max(200), password }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const tokenHash = hashToken(ctx.secret, input.token);
      const row = await ctx.db
        .selectFrom("password_resets")
        .select(["user_id", "expires_at"])
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (!row || row.expires_at <= now.toISOString()) throw new AppError("auth.reset-link-invalid");
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ password_hash: await hashPassword(input.password) })
          .where("id", "=", row.user_id)
          .execute();
        await trx.deleteFrom("password_resets").where("user_id", "=", row.user_id).execute();
        await trx.deleteFrom("sessions").where("user_id", "=", row.user_id).execute();
      });
      // Whoever proved control of the mailbox may log in again at once.
      const user = await ctx.db
        .selectFrom("users")
        .select("email")
        .where("id", "=", row.user_id)
        .executeTakeFirstOrThrow();
      await clearAttempts(ctx.db, `login:${user.email}`);
      return { ok: true };
    }),

  /** An organisation asks for a key-user account; an admin approves it. */
  requestAccount: publicProcedure
    .input(
      z.object({
        organisationCode: z.string().trim().min(1).max(40),
        organisationName: z.string().trim().min(2).max(200),
        name: z.string().trim().min(2).max(200),
        email,
        message: z.string().trim().max(2000).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!(await takeAttempt(ctx.db, `request:${ctx.ip}`, { limit: 5, windowSeconds: 3600 }, ctx.now()))) {
        throw new AppError("auth.too-many-requests");
      }
      await ctx.db
        .insertInto("account_requests")
        .values({
          organisation_code: input.organisationCode,
          organisation_name: input.organisationName,
          name: input.name,
          email: input.email,
          message: input.message ?? null,
          status: "pending",
          created_at: ctx.now().toISOString(),
          decided_at: null,
          decided_by: null,
        })
        .execute();
      return { ok: true };
    }),
});
