import type { Row } from "@maturo/db";
import type { Db } from "../../shared/db.js";
import { updateById } from "../../shared/update-by-id.js";

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: Row<"users">["role"];
  locale: Row<"users">["locale"];
  disabledAt: string | null;
  createdAt: string;
  /** Since when the admin allows this user identified research exports; null: pseudonymised only. */
  identifiedExportsAt: string | null;
  /** The organisations of a key user. */
  organisations: { id: number; name: string }[];
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const users = await db
    .selectFrom("users")
    .select([
      "id",
      "email",
      "name",
      "role",
      "locale",
      "disabled_at as disabledAt",
      "created_at as createdAt",
      "identified_exports_at as identifiedExportsAt",
    ])
    .orderBy("email")
    .execute();
  const memberships = await db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["memberships.user_id as userId", "organisations.id", "organisations.name"])
    .execute();
  return users.map((u) => ({
    ...u,
    organisations: memberships.filter((m) => m.userId === u.id).map(({ id, name }) => ({ id, name })),
  }));
}

export async function userRole(db: Db, userId: number): Promise<string | undefined> {
  return (await db.selectFrom("users").select("role").where("id", "=", userId).executeTakeFirst())?.role;
}

export async function userIdByEmail(db: Db, email: string): Promise<number | undefined> {
  return (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst())?.id;
}

export interface NewUser {
  email: string;
  name: string;
  role: "admin" | "researcher" | "keyuser";
  locale: "nl" | "en";
  passwordHash: string;
}

export async function insertUser(db: Db, user: NewUser, createdAt: string): Promise<number> {
  const row = await db
    .insertInto("users")
    .values({
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      password_hash: user.passwordHash,
      created_at: createdAt,
      disabled_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Allows (since `at`) or withdraws identified research exports; false when there is no such user. */
export function setIdentifiedExportsAt(db: Db, userId: number, at: string | null): Promise<boolean> {
  return updateById(db, "users", userId, { identified_exports_at: at });
}

/** Disables (at `at`) or re-enables a user; false when there is no such user. */
export function setDisabledAt(db: Db, userId: number, at: string | null): Promise<boolean> {
  return updateById(db, "users", userId, { disabled_at: at });
}

/** The organisations a user is a member of. */
export async function membershipsOf(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("organisation_id")
    .where("user_id", "=", userId)
    .execute();
  return rows.map((m) => m.organisation_id);
}

export async function addMembership(
  db: Db,
  userId: number,
  organisationId: number,
  at: string,
): Promise<void> {
  await db
    .insertInto("memberships")
    .values({ user_id: userId, organisation_id: organisationId, created_at: at })
    .execute();
}

export async function removeMembership(db: Db, userId: number, organisationId: number): Promise<void> {
  await db
    .deleteFrom("memberships")
    .where("user_id", "=", userId)
    .where("organisation_id", "=", organisationId)
    .execute();
}
