import type { Row } from "@maturo/db";
import { sql } from "kysely";
import type { Db } from "../shared/db.js";
import { populationOrganisations } from "../shared/population.js";
import { updateById } from "../shared/update-by-id.js";

/** Invitations sent by e-mail that have not been answered yet, with their sealed links. */
export function unansweredByEmail(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<Pick<Row<"invitations">, "id" | "email" | "token_sealed" | "reminders_sent">[]> {
  return db
    .selectFrom("invitations")
    .select(["id", "email", "token_sealed", "reminders_sent"])
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .where("status", "in", ["invited", "started"])
    .where("revoked_at", "is", null)
    .where("email", "is not", null)
    .where("token_sealed", "is not", null)
    .execute();
}

/** Records that the mails of these invitations went out now. */
export async function markSent(db: Db, invitationIds: readonly number[], at: string): Promise<void> {
  if (invitationIds.length === 0) return;
  await db
    .updateTable("invitations")
    .set({ last_sent_at: at })
    .where("id", "in", [...invitationIds])
    .execute();
}

export async function markReminded(
  db: Db,
  invitationId: number,
  remindersSent: number,
  at: string,
): Promise<void> {
  await updateById(db, "invitations", invitationId, { reminders_sent: remindersSent, last_sent_at: at });
}

/** Of these lower-cased addresses, those already invited (not revoked) in this campaign, as stored. */
export async function invitedAddresses(
  db: Db,
  campaignId: number,
  organisationId: number,
  keys: readonly string[],
): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom("invitations")
    .select("email")
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .where("revoked_at", "is", null)
    .where(sql<string>`lower(email)`, "in", [...keys])
    .execute();
  return rows.flatMap((row) => (row.email === null ? [] : [row.email]));
}

/**
 * The register of one organisation's invitations in one campaign: what the key user entered and did,
 * never the status (who has or has not answered).
 */
export function registerRows(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<
  Pick<Row<"invitations">, "id" | "role" | "email" | "created_at" | "reminded_at" | "revoked_at">[]
> {
  return db
    .selectFrom("invitations")
    .select(["id", "role", "email", "created_at", "reminded_at", "revoked_at"])
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** One invitation of (campaign, organisation), with its response if any; undefined when it is not theirs. */
export function invitationOf(
  db: Db,
  campaignId: number,
  organisationId: number,
  invitationId: number,
): Promise<
  | (Pick<Row<"invitations">, "id" | "role" | "email" | "token_sealed" | "revoked_at"> & {
      responseId: number | null;
      responseStatus: string | null;
    })
  | undefined
> {
  return db
    .selectFrom("invitations as i")
    .leftJoin("responses as r", "r.invitation_id", "i.id")
    .select([
      "i.id",
      "i.role",
      "i.email",
      "i.token_sealed",
      "i.revoked_at",
      "r.id as responseId",
      "r.status as responseStatus",
    ])
    .where("i.id", "=", invitationId)
    .where("i.campaign_id", "=", campaignId)
    .where("i.organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/** Marks an invitation revoked and forgets its sealed link (it is never mailed again). */
export async function markRevoked(db: Db, invitationId: number, at: string): Promise<void> {
  await updateById(db, "invitations", invitationId, { revoked_at: at, token_sealed: null });
}

/** Deletes a response (answers, devices, resume code) unless it was submitted. */
export async function deleteResponseInProgress(db: Db, responseId: number): Promise<void> {
  await db.deleteFrom("responses").where("id", "=", responseId).where("status", "=", "in_progress").execute();
}

/** A new personal link for an invitation (a replacement letter): the old one stops working. */
export async function replaceToken(
  db: Db,
  invitationId: number,
  token: { hash: string; sealed: string },
): Promise<void> {
  await updateById(db, "invitations", invitationId, { token_hash: token.hash, token_sealed: token.sealed });
}

/** Records that a resend the key user asked for covered this invitation. */
export async function markResent(db: Db, invitationId: number, at: string): Promise<void> {
  await updateById(db, "invitations", invitationId, { reminded_at: at, last_sent_at: at });
}

/**
 * Records a reminder round on every invitation by e-mail it covered — mailed or not (the submitted
 * are not mailed) — so the register's date tells nothing about who answered.
 */
export async function markReminderRound(
  db: Db,
  campaignId: number,
  organisationId: number,
  at: string,
): Promise<void> {
  await db
    .updateTable("invitations")
    .set({ reminded_at: at })
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .where("revoked_at", "is", null)
    .where("email", "is not", null)
    .execute();
}

/** Invitations per (role, status) of one organisation in one campaign. */
export async function invitationCounts(
  db: Db,
  campaignId: number,
  organisationId: number,
): Promise<{ role: string; status: string; n: number }[]> {
  const rows = await db
    .selectFrom("invitations")
    .select((eb) => ["role", "status", eb.fn.countAll<number | string>().as("n")])
    .where("campaign_id", "=", campaignId)
    .where("organisation_id", "=", organisationId)
    .groupBy(["role", "status"])
    .execute();
  return rows.map((r) => ({ role: r.role, status: r.status, n: Number(r.n) }));
}

/** A wave's population, by organisation code. */
export function populationOf(
  db: Db,
  campaignId: number,
): Promise<{ id: number; code: string; name: string }[]> {
  return populationOrganisations(db, campaignId)
    .select(["o.id", "o.code", "o.name"])
    .orderBy("o.code")
    .execute();
}

/** The instrument version of the campaign a personal link (by its token's hash) belongs to. */
export async function instrumentVersionOfLink(db: Db, tokenHash: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("invitations as i")
    .innerJoin("campaigns as c", "c.id", "i.campaign_id")
    .select("c.instrument_version_id")
    .where("i.token_hash", "=", tokenHash)
    .executeTakeFirst();
  return row?.instrument_version_id;
}
