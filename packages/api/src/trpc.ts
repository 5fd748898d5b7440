import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { findSessionUser, SESSION_COOKIE, type SessionUser } from "./auth/sessions.js";
import type { Context } from "./context.js";
import { AppError } from "./errors.js";
import { issueMessage } from "./issue-messages.js";
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
    const field = error.cause instanceof AppError ? error.cause.field : null;
    const message =
      zodIssues && zodIssues.length > 0
        ? zodIssues.map((i) => `${i.path || "input"}: ${i.message}`).join("; ")
        : error.cause instanceof AppError
          ? error.cause.messageIn(locale)
          : shape.message;
    return { ...shape, message, data: { ...data, zodIssues, field } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The one place where errors become tRPC errors: AppError keeps its code and message; a storage
 * failure (storage-errors.ts) becomes 503.
 */
const errorBoundary = t.middleware(async ({ next }) => {
  const result = await next();
  const cause = result.ok
    ? null
    : result.error.cause instanceof AppError
      ? result.error.cause
      : storageUnavailable(result.error.cause);
  if (cause) throw new TRPCError({ code: cause.code, message: cause.message, cause });
  return result;
});

export const publicProcedure = t.procedure.use(errorBoundary);

/** Resolves the session cookie; mutations made with it must carry the session's CSRF token. */
const withSession = t.middleware(async ({ ctx, type, next }) => {
  const cookie = ctx.cookies.get(SESSION_COOKIE);
  const user = cookie ? await findSessionUser(ctx.db, cookie, ctx.now()) : null;
  if (!user) throw new AppError("UNAUTHORIZED", { en: "please log in", nl: "meld u aan" });
  if (type === "mutation" && ctx.csrfHeader !== user.csrfToken) {
    throw new AppError("FORBIDDEN", {
      en: "missing or wrong CSRF token (x-csrf-token header)",
      nl: "CSRF-token ontbreekt of is fout (x-csrf-token header)",
    });
  }
  return next({ ctx: { ...ctx, user } });
});

export const authedProcedure = publicProcedure.use(withSession);

function requireRole(roles: readonly SessionUser["role"][]) {
  return t.middleware(async ({ ctx, next }) => {
    const user = (ctx as Context & { user?: SessionUser }).user;
    if (!user || !roles.includes(user.role))
      throw new AppError("FORBIDDEN", { en: "your role may not do this", nl: "uw rol mag dit niet" });
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
    throw new AppError("FORBIDDEN", {
      en: "you are not a key user of this organisation",
      nl: "u bent geen sleutelgebruiker van deze organisatie",
    });
  }
}
