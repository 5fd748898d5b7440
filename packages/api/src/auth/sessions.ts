import type { Database } from "@maturo/db";
import type { Kysely } from "kysely";
import { newToken, sha256Hex } from "./tokens.js";

export const SESSION_COOKIE = "maturo_session";
export const SESSION_DAYS = 14;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: "admin" | "researcher" | "keyuser";
  locale: "nl" | "en";
  /** Organisations this user is key user of. */
  organisationIds: number[];
  csrfToken: string;
  sessionHash: string;
}

/** Creates a session row; returns the cookie value (only its hash is stored). */
export async function createSession(
  db: Kysely<Database>,
  userId: number,
  now: Date,
): Promise<{ cookie: string; csrfToken: string }> {
  const cookie = newToken();
  const csrfToken = newToken();
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto("sessions")
    .values({
      id_hash: sha256Hex(cookie),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
    })
    .execute();
  return { cookie, csrfToken };
}

/** The user behind a session cookie, or null when absent, expired or the user is disabled. */
export async function findSessionUser(
  db: Kysely<Database>,
  cookie: string,
  now: Date,
): Promise<SessionUser | null> {
  const sessionHash = sha256Hex(cookie);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.locale",
      "users.disabled_at",
      "sessions.csrf_token",
      "sessions.expires_at",
    ])
    .where("sessions.id_hash", "=", sessionHash)
    .executeTakeFirst();
  if (!row || row.disabled_at !== null || row.expires_at <= now.toISOString()) return null;
  const memberships = await db
    .selectFrom("memberships")
    .select("organisation_id")
    .where("user_id", "=", row.id)
    .execute();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    organisationIds: memberships.map((m) => m.organisation_id),
    csrfToken: row.csrf_token,
    sessionHash,
  };
}

export async function deleteSession(db: Kysely<Database>, sessionHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", sessionHash).execute();
}
