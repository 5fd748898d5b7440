import { z } from "zod";
import { audited } from "../procedures/audited.js";
import { email, password } from "../shared/inputs.js";
import { authedProcedure, publicProcedure, router } from "../trpc.js";
import { currentUser } from "./current-user.js";
import { login, logout } from "./login.js";
import { changePassword, requestPasswordReset, resetPassword } from "./passwords.js";
import { requestAccount } from "./request-account.js";

const anyPassword = z.string().min(1).max(200);

export const authRouter = router({
  /** The logged-in user and the CSRF token the web app sends with mutations; null when logged out. */
  me: publicProcedure.query(({ ctx }) => currentUser(ctx)),

  login: publicProcedure
    .input(z.object({ email, password: anyPassword }))
    .mutation(({ ctx, input }) => login(ctx, input)),

  logout: authedProcedure.mutation(({ ctx }) => logout(ctx)),

  changePassword: authedProcedure
    .input(z.object({ current: anyPassword, next: password }))
    .use(audited("account.password-change"))
    .mutation(({ ctx, input }) => changePassword(ctx, input)),

  /** Sends a reset link when SMTP is configured; always answers the same, so it reveals no accounts. */
  requestPasswordReset: publicProcedure
    .input(z.object({ email }))
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input.email)),

  resetPassword: publicProcedure
    .input(z.object({ token: z.string().min(16).max(200), password }))
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),

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
    .mutation(({ ctx, input }) => requestAccount(ctx, input)),
});
