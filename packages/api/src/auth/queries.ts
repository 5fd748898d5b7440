import type { Row } from "@maturo/db";
import type { Db } from "../shared/db.js";
import { updateById } from "../shared/update-by-id.js";

export function userByEmail(
  db: Db,
  email: string,
): Promise<Pick<Row<"users">, "id" | "password_hash" | "disabled_at" | "locale"> | undefined> {
  return db
    .selectFrom("users")
    .select(["id", "password_hash", "disabled_at", "locale"])
    .where("email", "=", email)
    .executeTakeFirst();
}

export async function userEmail(db: Db, userId: number): Promise<string> {
  return (await db.selectFrom("users").select("email").where("id", "=", userId).executeTakeFirstOrThrow())
    .email;
}

export async function passwordHashOf(db: Db, userId: number): Promise<string | null> {
  const row = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  return row.password_hash;
}

/** Sets a user's password hash; false when there is no such user. */
export function setPasswordHash(db: Db, userId: number, passwordHash: string): Promise<boolean> {
  return updateById(db, "users", userId, { password_hash: passwordHash });
}

/** Ends a user's sessions, except the one given (the session that made the change). */
export async function deleteSessionsOf(db: Db, userId: number, except?: string): Promise<void> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (except !== undefined) query = query.where("id_hash", "!=", except);
  await query.execute();
}

export function organisationsByIds(
  db: Db,
  ids: readonly number[],
): Promise<{ id: number; name: string; code: string }[]> {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "code"])
    .where("id", "in", [...ids])
    .orderBy("name")
    .execute();
}

/**
 * Stores a reset token for the active account with this e-mail address, in one statement that
 * inserts nothing when there is none; true when a row was stored.
 */
export async function insertPasswordResetFor(
  db: Db,
  tokenHash: string,
  email: string,
  expiresAt: string,
): Promise<boolean> {
  const rows = await db
    .insertInto("password_resets")
    .columns(["token_hash", "user_id", "expires_at"])
    .expression((eb) =>
      eb
        .selectFrom("users")
        .select([eb.val(tokenHash).as("token_hash"), "id", eb.val(expiresAt).as("expires_at")])
        .where("email", "=", email)
        .where("disabled_at", "is", null),
    )
    .returning("token_hash")
    .execute();
  return rows.length > 0;
}

export function passwordReset(
  db: Db,
  tokenHash: string,
): Promise<Pick<Row<"password_resets">, "user_id" | "expires_at"> | undefined> {
  return db
    .selectFrom("password_resets")
    .select(["user_id", "expires_at"])
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function deletePasswordResetsOf(db: Db, userId: number): Promise<void> {
  await db.deleteFrom("password_resets").where("user_id", "=", userId).execute();
}

export interface NewAccountRequest {
  organisationCode: string;
  organisationName: string;
  name: string;
  email: string;
  message?: string | undefined;
}

export async function insertAccountRequest(
  db: Db,
  request: NewAccountRequest,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto("account_requests")
    .values({
      organisation_code: request.organisationCode,
      organisation_name: request.organisationName,
      name: request.name,
      email: request.email,
      message: request.message ?? null,
      status: "pending",
      created_at: createdAt,
      decided_at: null,
      decided_by: null,
    })
    .execute();
}
