import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { findSessionUser, SESSION_COOKIE, type SessionUser } from "./auth/sessions.js";
import type { Context } from "./context.js";
import { AppError } from "./errors.js";
import { issueMessage } from "./messages/issue-messages.js";
import { storageUnavailable } from "./storage-errors.js";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    // Never leak a stack trace; flatten zod issues so forms can show them next to their fields, and
    // word every message for a person in the request's language.
    const locale = ctx?.locale ?? "en";
    const { stack: _stack, ...data } = shape.data;
    const zodIssues =
      error.cause instanceof ZodError
        ? error.cause.issues.map((issue) => ({
            path: issue.path.join("."),
            message: issueMessage(issue, locale),
          }))
        : null;
    const cause = error.cause instanceof AppError ? error.cause : null;
    // An unexpected failure is logged by the server; the person reads a sentence, not its internals.
    const known = cause ?? (error.code === "INTERNAL_SERVER_ERROR" ? new AppError("internal") : null);
    const message =
      zodIssues && zodIssues.length > 0
        ? zodIssues.map((i) => `${i.path || "input"}: ${i.message}`).join("; ")
        : known
          ? known.messageIn(locale)
          : shape.message;
    return {
      ...shape,
      message,
      data: { ...data, zodIssues, field: cause?.field ?? null, messageCode: known?.code ?? null },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/**
 * The one place where errors become tRPC errors: AppError keeps its code and message; a storage
 * failure (storage-errors.ts) becomes 503; anything else stays as tRPC made it (a 500 for an
 * unexpected throw, a 400 for input its schema refused). Used by every procedure (errorBoundary)
 * and by the server's direct autosave route.
 */
export function procedureError(error: TRPCError): TRPCError {
  const cause = error.cause instanceof AppError ? error.cause : storageUnavailable(error.cause);
  return cause ? new TRPCError({ code: cause.status, message: cause.message, cause }) : error;
}

const errorBoundary = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const error = procedureError(result.error);
    if (error !== result.error) throw error;
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorBoundary);

/** Resolves the session cookie; mutations made with it must carry the session's CSRF token. */
const withSession = t.middleware(async ({ ctx, type, next }) => {
  const cookie = ctx.cookies.get(SESSION_COOKIE);
  const user = cookie ? await findSessionUser(ctx.db, cookie, ctx.now()) : null;
  if (!user) throw new AppError("auth.login-required");
  if (type === "mutation" && ctx.csrfHeader !== user.csrfToken) {
    throw new AppError("auth.csrf");
  }
  return next({ ctx: { ...ctx, user } });
});

export const authedProcedure = publicProcedure.use(withSession);

function requireRole(roles: readonly SessionUser["role"][]) {
  return t.middleware(async ({ ctx, next }) => {
    const user = (ctx as Context & { user?: SessionUser }).user;
    if (!user || !roles.includes(user.role)) throw new AppError("auth.role-forbidden");
    return next();
  });
}

/** Researchers and admins. */
export const researcherProcedure = authedProcedure.use(requireRole(["researcher", "admin"]));
export const adminProcedure = authedProcedure.use(requireRole(["admin"]));
/**
 * Key users. Procedures that take an `organisationId` check membership with `assertOrganisationAccess`,
 * so a key user of one organisation never reaches another's data.
 */
export const keyUserProcedure = authedProcedure.use(requireRole(["keyuser"]));

export function assertOrganisationAccess(user: SessionUser, organisationId: number): void {
  if (!user.organisationIds.includes(organisationId)) {
    throw new AppError("auth.not-member");
  }
}
