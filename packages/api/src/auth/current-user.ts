import type { Context } from "../context.js";
import { organisationsByIds } from "./queries.js";
import { findSessionUser, SESSION_COOKIE } from "./sessions.js";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: "admin" | "researcher" | "keyuser";
  locale: "nl" | "en";
  organisations: { id: number; name: string; code: string }[];
  csrfToken: string;
}

/** The logged-in user and the CSRF token the web app sends with mutations; null when logged out. */
export async function currentUser(ctx: Pick<Context, "db" | "cookies" | "now">): Promise<CurrentUser | null> {
  const cookie = ctx.cookies.get(SESSION_COOKIE);
  const user = cookie ? await findSessionUser(ctx.db, cookie, ctx.now()) : null;
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    organisations: user.organisationIds.length ? await organisationsByIds(ctx.db, user.organisationIds) : [],
    csrfToken: user.csrfToken,
  };
}
